package io.bazaar.orders.notification.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.orders.notification.repository.NotificationRepository;
import io.bazaar.platform.notify.EmailSender;
import io.bazaar.platform.notify.SmsSender;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Sends what the outbox holds through SES and SNS; a failed send is tried again later with exponential backoff
 * (1, 4, 16, 64 ... minutes) and given up on after the configured number of attempts.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final int MAX_ATTEMPTS = 6;
    private static final int BATCH = 50;

    private final NotificationRepository notifications;
    private final EmailSender email;
    private final SmsSender sms;
    private final Clock clock;

    NotificationSender(NotificationRepository notifications, EmailSender email, SmsSender sms, Clock clock) {
        this.notifications = notifications;
        this.email = email;
        this.sms = sms;
        this.clock = clock;
    }

    @Scheduled(every = "${bazaar.orders.notifications-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return sendDue(clock.instant()).replaceWithVoid();
    }

    /** Sends every message due at {@code now}, batch by batch; completes with how many went out. */
    public Uni<Integer> sendDue(Instant now) {
        return notifications.claimDue(now, now.plus(LEASE), BATCH).chain(due -> due.isEmpty() ? Uni.createFrom().item(0)
                : Multi.createFrom().iterable(due).onItem().transformToUniAndConcatenate(n -> send(n, now))
                        .collect().asList().map(results -> (int) results.stream().filter(Boolean::booleanValue).count())
                        .chain(sent -> sendDue(now).map(more -> sent + more)));
    }

    private Uni<Boolean> send(Notification n, Instant now) {
        Uni<String> sending = Notification.EMAIL.equals(n.channel()) ? email.send(n.recipient(), n.subject(), n.body())
                : sms.send(n.recipient(), n.body());
        return sending.chain(id -> notifications.markSent(n.id(), clock.instant()).replaceWith(true))
                .onFailure().recoverWithUni(failure -> {
                    Instant next = n.attempts() >= MAX_ATTEMPTS ? null
                            : now.plus(FIRST_RETRY.multipliedBy((long) Math.pow(4, n.attempts() - 1)));
                    LOG.warnf("Sending %s %s of order %s failed (attempt %d)%s: %s", n.channel(), n.kind(),
                            n.orderNumber(), n.attempts(), next == null ? ", giving up" : "", failure.getMessage());
                    return notifications.markFailedAttempt(n.id(), next, failure.getMessage()).replaceWith(false);
                });
    }
}
