package io.bazaar.infra;

import java.util.List;
import java.util.Optional;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * The statistics ingest function ({@code bazaar-<stage>-statistics-ingest}): a second function of the statistics area,
 * from the same zip and with the same grants, that only its schedules invoke (no API route). Every minute it drains
 * the behaviour events queue into the raw events table and adds every new raw event into the daily roll-ups (within
 * the area's bazaar.statistics.ingest-budget of 40 s, below {@link #TIMEOUT}); daily it purges raw events past their
 * retention. See docs/decisions/behaviour-events.md.
 */
public final class StatisticsIngest extends Construct {

    /** The function's short name: {@code bazaar-<stage>-statistics-ingest}. */
    public static final String NAME = "statistics-ingest";
    /** The longest one invocation runs. */
    public static final Duration TIMEOUT = Duration.seconds(60);
    /** The statistics area's jobs, run here rather than in the API function (15 s). */
    public static final List<ApiArea.Job> JOBS = List.of(new ApiArea.Job("statistics-ingest", "rate(1 minute)"),
            new ApiArea.Job("statistics-purge", "rate(1 day)"));

    private final QuarkusFunction function;

    public StatisticsIngest(Construct scope, String id, StackSettings settings, QuarkusFunction.Surroundings surroundings) {
        super(scope, id);
        ApiArea statistics = ApiArea.statistics();
        function = new QuarkusFunction(this, settings,
                new QuarkusFunction.Shape(NAME, "Bazaar statistics: behaviour events into daily roll-ups (Quarkus)",
                        statistics.artifact(), 1024, TIMEOUT, Network.isolatedSubnets(),
                        surroundings.network().functionsSecurityGroup(), Optional.empty()),
                surroundings);
        ApiFunctions.grant(function, settings, statistics, surroundings);
    }

    /** The alias the schedules invoke. */
    public IFunction alias() {
        return function.alias();
    }

    /** The API Gateway event of {@code POST /internal/jobs/<job>}, as for the areas' own jobs. */
    public static RuleTargetInput jobEvent(ApiArea.Job job) {
        return RuleTargetInput.fromObject(JobSchedules.event(job));
    }
}
