package io.bazaar.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * Starts the areas' scheduled jobs in AWS: a Lambda only runs when invoked, so one EventBridge rule per job invokes the
 * area's alias directly with a fixed API Gateway (payload 2.0) event for {@code POST /internal/jobs/{name}}, which
 * {@code io.bazaar.platform.jobs.JobTriggerResource} answers. API Gateway has no route there, so only EventBridge can
 * start a job (the target grants {@code lambda:InvokeFunction} to EventBridge, scoped to the rule).
 */
public final class JobSchedules extends Construct {

    /** The route key the events claim; no such route exists in the HTTP API. */
    public static final String ROUTE_KEY = "POST /internal/jobs/{name}";

    private final StackSettings settings;

    public JobSchedules(Construct scope, String id, StackSettings settings, Map<ApiArea, IFunction> aliases) {
        super(scope, id);
        this.settings = settings;
        aliases.forEach((area, alias) -> {
            for (ApiArea.Job job : area.jobs()) {
                schedule(area.name(), job, alias, RuleTargetInput.fromObject(event(job)));
            }
        });
    }

    /**
     * Adds the rule {@code bazaar-<stage>-<owner>-<job>} that invokes {@code target} with {@code event} on the job's
     * schedule; for functions that are not API areas, such as the import worker.
     */
    public void schedule(String owner, ApiArea.Job job, IFunction target, RuleTargetInput event) {
        Rule.Builder.create(this, Ids.pascal(owner) + Ids.pascal(job.name()))
                .ruleName(settings.resourceName(owner + "-" + job.name()))
                .description("Starts the " + owner + " job " + job.name())
                .schedule(Schedule.expression(job.schedule()))
                .targets(List.of(LambdaFunction.Builder.create(target)
                        .event(event)
                        // a late run is worth little: the next tick comes soon and jobs catch up
                        .maxEventAge(Duration.minutes(15))
                        .retryAttempts(2)
                        .build()))
                .build();
    }

    /** The API Gateway HTTP API event (payload format 2.0) that asks a function to run {@code job}. */
    public static Map<String, Object> event(ApiArea.Job job) {
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", "POST");
        http.put("path", job.path());
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", "Amazon EventBridge");

        Map<String, Object> requestContext = new LinkedHashMap<>();
        requestContext.put("routeKey", ROUTE_KEY);
        requestContext.put("stage", "$default");
        requestContext.put("domainName", "localhost");
        requestContext.put("http", http);

        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", ROUTE_KEY);
        event.put("rawPath", job.path());
        event.put("rawQueryString", "");
        // ordered maps only: Map.of iterates in a different order in each JVM, which would change the rule's input
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("host", "localhost");
        headers.put("user-agent", "Amazon EventBridge");
        event.put("headers", headers);
        event.put("pathParameters", Map.of("name", job.name()));
        event.put("requestContext", requestContext);
        event.put("isBase64Encoded", false);
        return event;
    }
}
