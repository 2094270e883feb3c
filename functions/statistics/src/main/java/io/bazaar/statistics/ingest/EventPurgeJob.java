package io.bazaar.statistics.ingest;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.platform.jobs.ScheduledJob;
import io.bazaar.statistics.StatisticsConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Deletes raw events older than {@link StatisticsConfig#rawRetention()} once they are in the roll-ups (which are kept
 * forever), a batch per statement so no run holds long locks. Daily in AWS (statistics-purge), hourly in the server.
 */
@ApplicationScoped
public class EventPurgeJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(EventPurgeJob.class);

    private final Pool pool;
    private final RawEventRepository raw;
    private final StatisticsConfig config;
    private final Clock clock;

    EventPurgeJob(Pool pool, RawEventRepository raw, StatisticsConfig config, Clock clock) {
        this.pool = pool;
        this.raw = raw;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "statistics-purge";
    }

    @Override
    public Uni<Void> run() {
        return purgeBefore(clock.instant().minus(config.rawRetention())).invoke(deleted -> {
            if (deleted > 0) {
                LOG.infof("Statistics: %d raw events past their retention deleted", deleted);
            }
        }).replaceWithVoid();
    }

    /** Deletes the counted events that happened before {@code cutoff}; completes with how many. */
    public Uni<Integer> purgeBefore(Instant cutoff) {
        return raw.purge(pool, cutoff, config.purgeBatch()).chain(deleted -> deleted < config.purgeBatch()
                ? Uni.createFrom().item(deleted)
                : purgeBefore(cutoff).map(more -> deleted + more));
    }

    @Scheduled(identity = "statistics-purge", every = "${bazaar.statistics.purge-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().onFailure().invoke(e -> LOG.warn("Purging raw behaviour events failed; the next run tries again", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
