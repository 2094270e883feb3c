package io.bazaar.catalog.imports.refresh;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.catalog.imports.ImportsConfig;
import io.bazaar.catalog.imports.work.ImportMessage;
import io.bazaar.catalog.imports.work.ImportQueue;
import io.bazaar.catalog.imports.work.ImportedProduct;
import io.bazaar.catalog.imports.work.ImportedProductRepository;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.jobs.ScheduledJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Queues the imported products that are due for a visit, by merchant and shop, and holds them off for a lease so
 * the next run does not queue them again while they wait. EventBridge starts it in AWS (the importer Lambda),
 * Quarkus' scheduler in the local run.
 */
@ApplicationScoped
public class ImportRefreshJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(ImportRefreshJob.class);

    private final ImportedProductRepository imported;
    private final ImportQueue queue;
    private final BlockingCalls blocking;
    private final ImportsConfig config;
    private final Clock clock;

    ImportRefreshJob(ImportedProductRepository imported, ImportQueue queue, BlockingCalls blocking, ImportsConfig config,
            Clock clock) {
        this.imported = imported;
        this.queue = queue;
        this.blocking = blocking;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "import-refresh";
    }

    @Scheduled(identity = "import-refresh", every = "${bazaar.imports.refresh.every:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().onFailure().invoke(e -> LOG.warn("Import refresh failed; the next run tries again", e))
                .onFailure().recoverWithNull();
    }

    @Override
    public Uni<Void> run() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> imported.dueBefore(now, config.refresh().batchSize()).invoke(due -> due
                .forEach(row -> row.nextVisitAt = now.plus(config.refresh().lease()))))
                .chain(due -> blocking.run(() -> messages(due).forEach(queue::send)).invoke(() -> {
                    if (!due.isEmpty()) {
                        LOG.infof("Import refresh: %d products queued", due.size());
                    }
                }));
    }

    /** One message per merchant, shop and handful of products, so each stays short and one shop goes at its own pace. */
    List<ImportMessage> messages(List<ImportedProduct> due) {
        Map<String, List<ImportedProduct>> groups = new LinkedHashMap<>();
        for (ImportedProduct row : due) {
            groups.computeIfAbsent(row.merchantId + " " + ImportMessage.hostOf(row.sourceUrl), k -> new ArrayList<>()).add(row);
        }
        List<ImportMessage> messages = new ArrayList<>();
        int size = config.refresh().productsPerMessage();
        for (List<ImportedProduct> group : groups.values()) {
            for (int from = 0; from < group.size(); from += size) {
                List<UUID> ids = group.subList(from, Math.min(from + size, group.size())).stream().map(r -> r.productId).toList();
                ImportedProduct first = group.get(from);
                messages.add(ImportMessage.refresh(first.merchantId, ImportMessage.hostOf(first.sourceUrl), ids));
            }
        }
        return messages;
    }
}
