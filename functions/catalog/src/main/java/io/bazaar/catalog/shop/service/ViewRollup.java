package io.bazaar.catalog.shop.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.catalog.contract.ProductCounters;
import io.bazaar.catalog.shop.repository.BehaviourCounters;
import io.bazaar.platform.aws.BlockingCalls;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Moves pending product views from DynamoDB into product_stats.view_count, which the popularity order reads, so a
 * page view costs no PostgreSQL write. For each index shard it atomically takes the set of product ids with pending
 * views, atomically reads-and-zeroes each product's pending counter, and adds the batch to PostgreSQL in one
 * statement. Simpler than per-minute buckets: there is no cursor and no "finished bucket" to wait for, because
 * taking a shard's set is itself atomic. Instances may run it at the same time: each increment is taken by exactly
 * one of them. If PostgreSQL refuses the batch, the views go back to pending; only a crash between the DynamoDB
 * reset and the PostgreSQL update loses that batch, which a ranking signal can afford.
 */
@ApplicationScoped
public class ViewRollup {

    private static final Logger LOG = Logger.getLogger(ViewRollup.class);

    private final BehaviourCounters counters;
    private final ProductCounters productCounters;
    private final Pool pool;
    private final BlockingCalls blocking;

    ViewRollup(BehaviourCounters counters, ProductCounters productCounters, Pool pool, BlockingCalls blocking) {
        this.counters = counters;
        this.productCounters = productCounters;
        this.pool = pool;
        this.blocking = blocking;
    }

    @Scheduled(every = "${bazaar.catalog.view-rollup-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return rollUp().onFailure().recoverWithItem(failure -> {
            LOG.warnf(failure, "View roll-up failed; the views stay pending for the next run");
            return 0L;
        }).replaceWithVoid();
    }

    /** Rolls up every pending view; returns how many views were added to products. */
    public Uni<Long> rollUp() {
        Uni<Long> total = Uni.createFrom().item(0L);
        for (int shard = 0; shard < counters.shards(); shard++) {
            int current = shard;
            total = total.chain(sum -> rollUpShard(current).map(added -> sum + added));
        }
        return total;
    }

    private Uni<Long> rollUpShard(int shard) {
        return blocking.run(() -> takeBatch(shard)).chain(batch -> {
            if (batch.isEmpty()) {
                return Uni.createFrom().item(0L);
            }
            long views = batch.values().stream().mapToLong(Long::longValue).sum();
            return productCounters.addViews(pool, batch).replaceWith(views)
                    .onFailure().call(failure -> blocking.run(() -> batch.forEach(counters::addPending)));
        });
    }

    /** Product ids of the shard with their pending views; a product whose counter cannot be read goes back to pending. */
    private Map<UUID, Long> takeBatch(int shard) {
        List<UUID> ids = counters.takeIndex(shard);
        Map<UUID, Long> batch = new LinkedHashMap<>();
        for (UUID id : ids) {
            try {
                long views = counters.takePending(id);
                if (views > 0) {
                    batch.put(id, views);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Pending views of %s not read; re-indexing it", id);
                counters.addPending(id, 0);
            }
        }
        return batch;
    }
}
