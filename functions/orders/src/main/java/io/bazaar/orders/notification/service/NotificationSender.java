package io.bazaar.orders.notification.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.export.service.ExportNotices;
import io.bazaar.orders.notification.repository.NotificationRepository;
import io.bazaar.platform.outbox.MessageOutbox;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Sends what the orders area's outboxes hold (the order notifications, then the export-ready notices of
 * {@link ExportNotices}) through SES and SNS with the platform's {@link MessageOutbox}: a failed send is tried again
 * later with exponential backoff (1, 4, 16, 64 ... minutes) and given up on after 6 attempts.
 */
@ApplicationScoped
public class NotificationSender {

    private final MessageOutbox outbox;
    private final Clock clock;

    NotificationSender(MessageOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${bazaar.orders.notifications-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return sendDue(clock.instant()).replaceWithVoid();
    }

    /** Sends every message due at {@code now}, batch by batch; completes with how many went out. */
    public Uni<Integer> sendDue(Instant now) {
        return outbox.sendDue(NotificationRepository.TABLE, now)
                .chain(orders -> outbox.sendDue(ExportNotices.TABLE, now).map(exports -> orders + exports));
    }
}
