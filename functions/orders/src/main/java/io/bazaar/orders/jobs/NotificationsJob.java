package io.bazaar.orders.jobs;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.notification.service.NotificationSender;
import io.bazaar.platform.jobs.ScheduledJob;
import io.smallrye.mutiny.Uni;

/** Sends due order notifications from the outbox when EventBridge says so (in AWS). */
@ApplicationScoped
public class NotificationsJob implements ScheduledJob {

    private final NotificationSender sender;
    private final Clock clock;

    NotificationsJob(NotificationSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Uni<Void> run() {
        return sender.sendDue(clock.instant()).replaceWithVoid();
    }
}
