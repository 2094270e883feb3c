package io.bazaar.orders.jobs;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.points.service.PointsLedger;
import io.bazaar.platform.jobs.ScheduledJob;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Writes off points past their expiry date: hourly in the server, when EventBridge says so in AWS. */
@ApplicationScoped
public class PointsExpiryJob implements ScheduledJob {

    private final PointsLedger points;
    private final Clock clock;

    PointsExpiryJob(PointsLedger points, Clock clock) {
        this.points = points;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "points-expiry";
    }

    @Override
    @Scheduled(every = "${bazaar.points.expiry-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> run() {
        return points.expire(clock.instant()).replaceWithVoid();
    }
}
