package io.bazaar.orders.export.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.orders.export.repository.OrderExportRepository;
import io.bazaar.orders.order.repository.MerchantOrderRepository;
import io.bazaar.orders.order.service.MerchantOrder;
import io.bazaar.orders.order.service.MerchantOrderPage;
import io.bazaar.orders.order.service.MerchantOrders;
import io.bazaar.orders.order.service.OrderCursor;
import io.bazaar.orders.order.service.OrderLine;
import io.bazaar.platform.aws.BlockingCalls;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Produces exports: takes waiting ones from {@code order_exports} one at a time and streams each into S3. Orders are
 * read in keyset batches of {@code batch-size} (with their lines and masked customers, one query each), written
 * through the format's {@link SheetWriter} into a {@link MultipartUpload}, and the progress (with a longer lease) is
 * recorded after every batch; memory is one batch plus one upload part, whatever the export's size. The export is
 * marked done with its requester's notice ({@link ExportNotices}) in one transaction. Database work
 * stays reactive; the sheet and S3 calls run on worker threads through {@link BlockingCalls}.
 */
@ApplicationScoped
public class OrderExportWorker {

    private static final Logger LOG = Logger.getLogger(OrderExportWorker.class);

    private final OrderExportRepository exports;
    private final MerchantOrderRepository orders;
    private final MerchantOrders merchantOrders;
    private final ExportNotices notices;
    private final Pool pool;
    private final BlockingCalls blocking;
    private final S3Client s3;
    private final ExportsConfig config;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    OrderExportWorker(OrderExportRepository exports, MerchantOrderRepository orders, MerchantOrders merchantOrders,
            ExportNotices notices, Pool pool, BlockingCalls blocking, S3Client s3, ExportsConfig config, Clock clock) {
        this.exports = exports;
        this.orders = orders;
        this.merchantOrders = merchantOrders;
        this.notices = notices;
        this.pool = pool;
        this.blocking = blocking;
        this.s3 = s3;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Starts producing waiting exports in the background, unless this process is already at it (then the running
     * round looks again when it ends). Where the process may freeze after a response (a Lambda) this is off and the
     * scheduled job does the work.
     */
    public void kick() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            again.set(false);
            runDue().eventually(() -> {
                running.set(false);
                if (again.get()) {
                    kick();
                }
            }).subscribe().with(n -> { }, e -> LOG.error("Order exports stopped", e));
        }
    }

    /** Produces waiting exports one after another until none waits or the job's time budget is spent; how many. */
    public Uni<Integer> runDue() {
        Instant deadline = clock.instant().plus(config.jobBudget());
        return next(deadline, 0);
    }

    private Uni<Integer> next(Instant deadline, int done) {
        if (!clock.instant().isBefore(deadline)) {
            return Uni.createFrom().item(done);
        }
        Instant now = clock.instant();
        return exports.claim(now, now.plus(config.lease())).chain(export -> export == null ? Uni.createFrom().item(done)
                : produce(export).chain(() -> next(deadline, done + 1)));
    }

    /** Produces one claimed export; its failure is recorded on the export (and logged), never thrown. */
    Uni<Void> produce(OrderExport export) {
        if (export.attempt() > config.maxAttempts()) {
            return exports.failed(export.id(), export.attempt(), "the export was abandoned " + config.maxAttempts()
                    + " times; ask for it again", clock.instant()).replaceWithVoid();
        }
        String key = "exports/" + export.merchantId() + "/" + export.id() + "." + export.format().extension();
        Uni<Void> dropEarlier = export.uploadId() == null || export.objectKey() == null ? Uni.createFrom().voidItem()
                : blocking.run(() -> MultipartUpload.abandon(s3, config.bucket(), export.objectKey(), export.uploadId()));
        Run run = new Run(export);
        return dropEarlier
                .chain(() -> merchantOrders.customers(export.query()))
                .chain(customers -> {
                    run.customers = customers;
                    return customers != null && customers.isEmpty() ? Uni.createFrom().item(0L)
                            : orders.count(export.merchantId(), export.query(), customers);
                })
                .chain(total -> blocking.run(() -> {
                    run.upload = MultipartUpload.start(s3, config.bucket(), key, export.format().contentType(),
                            fileName(export), config.partBytes());
                    run.sheet = SheetWriter.of(export.format(), run.upload);
                    try {
                        run.sheet.row(ExportColumns.header());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return total;
                }))
                .chain(total -> exports.started(export.id(), export.attempt(), total, key, run.upload.uploadId()))
                .chain(current -> current ? batches(run, null) : superseded(run))
                .chain(() -> blocking.run(() -> {
                    try {
                        run.sheet.finish();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    run.sheet.close();
                    run.upload.complete();
                }))
                .chain(() -> finish(run))
                .invoke(() -> LOG.infof("Export %s: %d orders, %d lines, %d bytes", export.id(), run.ordersDone,
                        run.linesWritten, run.upload.size()))
                .replaceWithVoid()
                .onFailure(Superseded.class).recoverWithUni(e -> cleanUp(run))
                .onFailure().recoverWithUni(e -> {
                    LOG.errorf(e, "Export %s failed", export.id());
                    return cleanUp(run).chain(() -> exports.failed(export.id(), export.attempt(), reason(e), clock.instant()))
                            .replaceWithVoid();
                });
    }

    /** Marks the export done and queues its requester's notice, together: a superseded attempt does neither. */
    private Uni<Boolean> finish(Run run) {
        OrderExport export = run.export;
        Instant now = clock.instant();
        Instant keptUntil = now.plus(config.keepFor());
        return pool.withTransaction(tx -> exports.done(tx, export.id(), export.attempt(), run.ordersDone, run.linesWritten,
                run.upload.size(), now, keptUntil).call(current -> current
                        ? notices.ready(tx, export, run.ordersDone, keptUntil, now)
                        : Uni.createFrom().voidItem()));
    }

    private Uni<Void> batches(Run run, OrderCursor after) {
        OrderExport export = run.export;
        return orders.page(export.merchantId(), export.query(), run.customers, after, config.batchSize()).chain(page -> {
            if (page.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            List<String> numbers = page.stream().map(MerchantOrder::number).toList();
            return merchantOrders.masked(page).chain(entries -> orders.linesOf(numbers)
                    .chain(lines -> blocking.run(() -> write(run, entries, lines))))
                    .chain(() -> exports.progress(export.id(), export.attempt(), run.ordersDone, run.linesWritten,
                            clock.instant().plus(config.lease())))
                    .chain(current -> {
                        if (!current) {
                            return superseded(run);
                        }
                        return page.size() < config.batchSize() ? Uni.createFrom().voidItem()
                                : batches(run, OrderCursor.after(export.query().sort(), page.get(page.size() - 1)));
                    });
        });
    }

    private static void write(Run run, List<MerchantOrderPage.Entry> entries, Map<String, List<OrderLine>> lines) {
        try {
            for (MerchantOrderPage.Entry entry : entries) {
                for (List<Cell> row : ExportColumns.rows(entry, lines.get(entry.order().number()))) {
                    run.sheet.row(row);
                    run.linesWritten++;
                }
                run.ordersDone++;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Uni<Void> superseded(Run run) {
        return Uni.createFrom().failure(new Superseded());
    }

    private Uni<Void> cleanUp(Run run) {
        return blocking.run(() -> {
            if (run.sheet != null) {
                run.sheet.close();
            }
            if (run.upload != null) {
                try {
                    run.upload.abort();
                } catch (RuntimeException e) {
                    LOG.warnf("Export %s: its upload could not be aborted (%s); the bucket's rule drops it", run.export.id(),
                            e.getMessage());
                }
            }
        });
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String fileName(OrderExport export) {
        return "orders-" + export.createdAt().toString().replaceAll("[^0-9T]", "").substring(0, 13) + "."
                + export.format().extension();
    }

    /** The state of one export while it is produced. */
    private static final class Run {
        final OrderExport export;
        List<UUID> customers;
        MultipartUpload upload;
        SheetWriter sheet;
        long ordersDone;
        long linesWritten;

        Run(OrderExport export) {
            this.export = export;
        }
    }

    /** Another worker took the export over (this one's lease ran out): stop without touching its row. */
    private static final class Superseded extends RuntimeException {
        Superseded() {
            super("the export was taken over by another worker", null, false, false);
        }
    }
}
