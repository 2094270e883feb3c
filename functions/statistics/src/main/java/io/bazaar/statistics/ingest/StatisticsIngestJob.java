package io.bazaar.statistics.ingest;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.platform.jobs.ScheduledJob;
import io.bazaar.statistics.StatisticsConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Takes in the events and rolls them up: drains the events queue into the raw table, then adds every uncounted raw
 * event (queued ones and those the areas wrote in their transactions) into the daily roll-ups. EventBridge starts it
 * every minute in AWS (POST /internal/jobs/statistics-ingest on the ingest function); the scheduler in the server.
 */
@ApplicationScoped
public class StatisticsIngestJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(StatisticsIngestJob.class);

    private final QueueConsumer queue;
    private final RollUp rollUp;
    private final StatisticsConfig config;
    private final Clock clock;

    StatisticsIngestJob(QueueConsumer queue, RollUp rollUp, StatisticsConfig config, Clock clock) {
        this.queue = queue;
        this.rollUp = rollUp;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "statistics-ingest";
    }

    @Override
    public Uni<Void> run() {
        Instant deadline = clock.instant().plus(config.ingestBudget());
        return queue.drain(deadline).chain(queued -> rollUp.untilDone(deadline).invoke(added -> {
            if (queued > 0 || added > 0) {
                LOG.infof("Statistics: %d queued events taken in, %d events added to the roll-ups", queued, added);
            }
        })).replaceWithVoid();
    }

    @Scheduled(identity = "statistics-ingest", every = "${bazaar.statistics.ingest-every:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().onFailure().invoke(e -> LOG.warn("Taking in behaviour events failed; the next run tries again", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
