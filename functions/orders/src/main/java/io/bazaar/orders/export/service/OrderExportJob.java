package io.bazaar.orders.export.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.jobs.ScheduledJob;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Produces waiting order exports: every minute by EventBridge in AWS (on the orders export worker function, whose
 * time-out fits a large export), every {@code bazaar.orders.exports.every} by the all-in-one server's scheduler, which
 * also retakes exports whose worker died. Safe to repeat: an export is claimed by one worker at a time.
 */
@ApplicationScoped
public class OrderExportJob implements ScheduledJob {

    private final OrderExportWorker worker;

    OrderExportJob(OrderExportWorker worker) {
        this.worker = worker;
    }

    @Override
    public String name() {
        return "order-exports";
    }

    @Override
    public Uni<Void> run() {
        return worker.runDue().replaceWithVoid();
    }

    @Scheduled(every = "${bazaar.orders.exports.every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        worker.kick();
    }
}
