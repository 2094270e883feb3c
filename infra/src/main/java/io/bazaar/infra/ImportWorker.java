package io.bazaar.infra;

import java.util.Map;
import java.util.List;
import java.util.Optional;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.constructs.Construct;

/**
 * The import worker ({@code bazaar-<stage>-importer}): a Quarkus Lambda, built from the importer module, that runs
 * product imports off the import queue and the scheduled price refresh. The handler tells the two apart by the event:
 * {@code "Records"} are SQS messages, {@code "job"} is a scheduled job.
 *
 * <p>It crawls other shops, so unlike the API functions it runs in the subnets with a route to the internet (through a
 * NAT gateway), with its own security group, which the database admits. It may read and write the catalog area's
 * tables and the product images, and send to the queue (the continuation of a job whose time ran out); nothing else.
 *
 * <p>Reserved concurrency ({@code bazaar:importerConcurrency}) bounds how many shops are crawled at once. The queue's
 * pollers are capped one below it: a throttled SQS invocation returns its message to the queue, and three of those
 * would move live work to the dead-letter queue; the spare invocation is the scheduled refresh's.
 */
public final class ImportWorker extends Construct {

    /** The function's short name: {@code bazaar-<stage>-importer}. */
    public static final String NAME = "importer";
    /** The function zip, relative to the artifacts directory (the repository root by default). */
    public static final String ARTIFACT = "importer/lambda/target/function.zip";
    /** The longest one invocation runs; the worker enqueues a continuation before its time budget ends. */
    public static final Duration TIMEOUT = Duration.minutes(5);
    /** Memory, which also buys CPU for parsing pages. */
    public static final int MEMORY_MB = 2048;
    /** The scheduled refresh of imported products' prices and availability. */
    public static final ApiArea.Job REFRESH = new ApiArea.Job("import-refresh", "rate(15 minutes)");
    /** The catalog area's tables but the idempotency keys: the worker starts no imports over HTTP. */
    public static final List<String> TABLES = ApiArea.catalog().tables().stream()
            .filter(table -> !table.equals(DataStores.IDEMPOTENCY_KEYS)).toList();
    /** Two for the queue's pollers (the least Lambda accepts) and one for the scheduled refresh. */
    public static final int MIN_CONCURRENCY = 3;

    private final QuarkusFunction function;

    public ImportWorker(Construct scope, String id, StackSettings settings, QuarkusFunction.Surroundings surroundings) {
        super(scope, id);
        function = new QuarkusFunction(this, settings,
                new QuarkusFunction.Shape(NAME, "Bazaar import worker: import jobs and price refresh (Quarkus)", ARTIFACT,
                        MEMORY_MB, TIMEOUT, Network.egressSubnets(), surroundings.network().importerSecurityGroup(),
                        Optional.of(settings.importerConcurrency())),
                surroundings);
        // what catalog's import service reads and writes: jobs, items, price history, products' counters
        function.readWriteTables(surroundings.stores(), TABLES);
        function.readWriteProductImages(settings, surroundings);
        // a worker queues the rest of a job when its time budget ends
        surroundings.imports().allowSendingFrom(function.function());

        // on the alias, so messages are handled by the published version SnapStart restores; grants consuming the queue
        function.alias().addEventSource(SqsEventSource.Builder.create(surroundings.imports().queue())
                .batchSize(1) // one page or URL chunk per invocation; a failure retries only that message
                .reportBatchItemFailures(true)
                .maxConcurrency(settings.importerConcurrency() - 1)
                .build());
    }

    /** The alias the queue and the schedule invoke. */
    public IFunction alias() {
        return function.alias();
    }

    /** The event the schedule sends for {@code job}: {@code {"job": "<name>"}}. */
    public static RuleTargetInput jobEvent(ApiArea.Job job) {
        return RuleTargetInput.fromObject(Map.of("job", job.name()));
    }
}
