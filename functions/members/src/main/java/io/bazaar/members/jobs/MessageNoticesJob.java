package io.bazaar.members.jobs;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.members.messages.repository.NoticeRepository;
import io.bazaar.platform.jobs.ScheduledJob;
import io.bazaar.platform.outbox.MessageOutbox;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Sends the due e-mails and SMS of customer messages ({@code message_notices}) with the platform's
 * {@link MessageOutbox} (retried with backoff, given up on after 6 attempts): by the scheduler in the server, by
 * EventBridge through POST /internal/jobs/message-notices in AWS.
 */
@ApplicationScoped
public class MessageNoticesJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(MessageNoticesJob.class);

    private final MessageOutbox outbox;
    private final Clock clock;

    MessageNoticesJob(MessageOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "message-notices";
    }

    @Override
    public Uni<Void> run() {
        return sendDue(clock.instant()).replaceWithVoid();
    }

    /** Sends every notice due at {@code now}; completes with how many went out. */
    public Uni<Integer> sendDue(Instant now) {
        return outbox.sendDue(NoticeRepository.TABLE, now);
    }

    @Scheduled(identity = "message-notices", every = "${bazaar.members.deliveries-every:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().onFailure().invoke(e -> LOG.warn("Sending message notices failed; the next run tries again", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
