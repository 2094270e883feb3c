package io.bazaar.orders.jobs;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.order.service.OrderJobs;
import io.bazaar.platform.jobs.ScheduledJob;
import io.smallrye.mutiny.Uni;

/** Marks long-shipped orders delivered and closes return windows, when EventBridge says so (in AWS). */
@ApplicationScoped
public class DeliveryTimeoutsJob implements ScheduledJob {

    private final OrderJobs jobs;
    private final Clock clock;

    DeliveryTimeoutsJob(OrderJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "delivery-timeouts";
    }

    @Override
    public Uni<Void> run() {
        Instant now = clock.instant();
        return jobs.deliverShipped(now).chain(() -> jobs.completeDelivered(now)).replaceWithVoid();
    }
}
