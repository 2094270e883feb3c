package io.bazaar.members.inbox.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.members.MembersConfig;
import io.bazaar.members.device.repository.DeviceRepository;
import io.bazaar.members.device.service.Device;
import io.bazaar.members.inbox.service.Notification;
import io.bazaar.members.push.PushEndpoints;
import io.bazaar.platform.notify.EmailSender;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Sends what the delivery outbox holds, after the notification's commit: pushes to every enabled device endpoint of the
 * account through SNS, e-mails through SES. A failed delivery is tried again with exponential backoff (1, 4, 16 ...
 * minutes) and given up on after {@code bazaar.members.max-delivery-attempts}; the notification itself stays in the
 * inbox whatever happens here. A push with nowhere to go (no device with an endpoint: no platform application
 * configured, or no phone registered) is RECORDED: logged and kept as the record instead.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final int BATCH = 50;

    private final DeliveryRepository deliveries;
    private final DeviceRepository devices;
    private final PushEndpoints push;
    private final PushMessages pushMessages;
    private final MessageTexts texts;
    private final EmailSender email;
    private final MembersConfig config;
    private final Clock clock;

    DeliverySender(DeliveryRepository deliveries, DeviceRepository devices, PushEndpoints push, PushMessages pushMessages,
            MessageTexts texts, EmailSender email, MembersConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.devices = devices;
        this.push = push;
        this.pushMessages = pushMessages;
        this.texts = texts;
        this.email = email;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${bazaar.members.deliveries-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return sendDue(clock.instant()).replaceWithVoid();
    }

    /** Sends every delivery due at {@code now}, batch by batch; completes with how many were done (sent or recorded). */
    public Uni<Integer> sendDue(Instant now) {
        return deliveries.claimDue(now, now.plus(LEASE), BATCH).chain(due -> due.isEmpty() ? Uni.createFrom().item(0)
                : deliveries.notifications(due.stream().map(Delivery::notificationId).distinct().toList())
                        .chain(notifications -> Multi.createFrom().iterable(due).onItem()
                                .transformToUniAndConcatenate(d -> deliver(d, notifications, now)).collect().asList())
                        .map(results -> (int) results.stream().filter(Boolean::booleanValue).count())
                        .chain(done -> sendDue(now).map(more -> done + more)));
    }

    private Uni<Boolean> deliver(Delivery delivery, Map<UUID, Notification> notifications, Instant now) {
        Notification n = notifications.get(delivery.notificationId());
        Uni<String> attempt = Delivery.EMAIL.equals(delivery.channel()) ? sendEmail(delivery, n) : sendPush(n);
        return attempt.chain(status -> deliveries.markDone(delivery.id(), status, clock.instant()).replaceWith(true))
                .onFailure().recoverWithUni(failure -> {
                    Instant next = delivery.attempts() >= config.maxDeliveryAttempts() ? null
                            : now.plus(FIRST_RETRY.multipliedBy((long) Math.pow(4, delivery.attempts() - 1)));
                    LOG.warnf("Delivering %s of notification %s failed (attempt %d)%s: %s", delivery.channel(),
                            delivery.notificationId(), delivery.attempts(), next == null ? ", giving up" : "",
                            failure.getMessage());
                    return deliveries.markFailedAttempt(delivery.id(), next, failure.getMessage()).replaceWith(false);
                });
    }

    private Uni<String> sendEmail(Delivery delivery, Notification n) {
        MessageTexts.Text text = texts.english(n);
        String body = text.body() + (n.link() == null ? "" : "\n\n" + n.link()) + "\n\nBazaar";
        return email.send(delivery.recipient(), text.title(), body).replaceWith("SENT");
    }

    private Uni<String> sendPush(Notification n) {
        return devices.ofAccount(n.accountId()).chain(all -> {
            List<Device> reachable = all.stream().filter(d -> d.enabled() && d.endpointArn() != null).toList();
            if (reachable.isEmpty()) {
                LOG.infof("Push recorded, not sent (account %s has no device with a push endpoint): %s %s %s",
                        n.accountId(), n.kind(), n.key(), n.params());
                return Uni.createFrom().item("RECORDED");
            }
            String message = pushMessages.of(n);
            return Multi.createFrom().iterable(reachable).onItem()
                    .transformToUniAndConcatenate(device -> push.publish(device.endpointArn(), message)
                            .chain(outcome -> outcome == PushEndpoints.Outcome.ENDPOINT_GONE
                                    ? devices.disable(device.id(), clock.instant()).replaceWith(outcome)
                                    : Uni.createFrom().item(outcome)))
                    .collect().asList().replaceWith("SENT");
        });
    }
}
