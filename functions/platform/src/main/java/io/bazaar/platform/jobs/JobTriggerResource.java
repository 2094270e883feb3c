package io.bazaar.platform.jobs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import io.bazaar.platform.problem.ProblemException;
import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;

/**
 * Runs one {@link ScheduledJob} per request, for EventBridge rules that invoke a Lambda with a fixed API Gateway event.
 * API Gateway never routes {@code /internal}, so only those direct invocations reach it in AWS; elsewhere it is off.
 */
@Path("/internal/jobs")
public class JobTriggerResource {

    private static final Logger LOG = Logger.getLogger(JobTriggerResource.class);

    private final JobsConfig config;
    private final Map<String, ScheduledJob> jobs;

    JobTriggerResource(JobsConfig config, @All List<ScheduledJob> jobs) {
        this.config = config;
        // toMap fails on two jobs with one name, which would make a rule start the wrong one
        this.jobs = jobs.stream().collect(Collectors.toMap(ScheduledJob::name, Function.identity()));
    }

    @POST
    @Path("/{name}")
    @Operation(hidden = true)
    public Uni<Void> run(@PathParam("name") String name) {
        if (!config.httpTrigger()) {
            // off: the same answer as any unknown path
            throw ProblemException.notFound("not-found", "Not Found.");
        }
        ScheduledJob job = jobs.get(name);
        if (job == null) {
            throw ProblemException.notFound("unknown-job", "No scheduled job is called " + name + ".");
        }
        long started = System.nanoTime();
        return job.run().invoke(() -> LOG.infof("Job %s done in %d ms", name, (System.nanoTime() - started) / 1_000_000));
    }
}
