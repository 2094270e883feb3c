package io.bazaar.infra;

import java.util.Optional;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * The order export worker ({@code bazaar-<stage>-orders-exports}): a second function of the orders area, from the
 * same zip and with the same grants, that only the {@code order-exports} schedule invokes (no API route). The API
 * function answers within 15 s; a 100,000-order export takes longer, so the work runs here, with up to
 * {@link #TIMEOUT} per invocation (the area's {@code bazaar.orders.exports.job-budget} of 4 minutes stops it starting
 * another export before then). See docs/decisions/order-exports.md.
 */
public final class OrderExportWorker extends Construct {

    /** The function's short name: {@code bazaar-<stage>-orders-exports}. */
    public static final String NAME = "orders-exports";
    /** The longest one invocation runs. */
    public static final Duration TIMEOUT = Duration.minutes(5);
    /** The orders area's job that produces waiting exports, every minute. */
    public static final ApiArea.Job JOB = new ApiArea.Job("order-exports", "rate(1 minute)");

    private final QuarkusFunction function;

    public OrderExportWorker(Construct scope, String id, StackSettings settings, QuarkusFunction.Surroundings surroundings) {
        super(scope, id);
        ApiArea orders = ApiArea.orders();
        function = new QuarkusFunction(this, settings,
                new QuarkusFunction.Shape(NAME, "Bazaar order exports: CSV/XLSX files of merchants' orders (Quarkus)",
                        orders.artifact(), 1024, TIMEOUT, Network.isolatedSubnets(),
                        surroundings.network().functionsSecurityGroup(), Optional.empty()),
                surroundings);
        ApiFunctions.grant(function, settings, orders, surroundings);
    }

    /** The alias the schedule invokes. */
    public IFunction alias() {
        return function.alias();
    }

    /** The API Gateway event of {@code POST /internal/jobs/order-exports}, as for the areas' own jobs. */
    public static RuleTargetInput jobEvent() {
        return RuleTargetInput.fromObject(JobSchedules.event(JOB));
    }
}
