package io.bazaar.orders.jobs;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.order.service.OrderJobs;
import io.bazaar.platform.jobs.ScheduledJob;
import io.smallrye.mutiny.Uni;

/** Cancels unpaid orders past the payment timeout when EventBridge says so (in AWS, where @Scheduled does not run). */
@ApplicationScoped
public class PaymentTimeoutsJob implements ScheduledJob {

    private final OrderJobs jobs;
    private final Clock clock;

    PaymentTimeoutsJob(OrderJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "payment-timeouts";
    }

    @Override
    public Uni<Void> run() {
        return jobs.cancelUnpaid(clock.instant()).replaceWithVoid();
    }
}
