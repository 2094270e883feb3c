package io.bazaar.members.jobs;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.members.messages.service.MessageAttachments;
import io.bazaar.platform.jobs.ScheduledJob;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Drops message image uploads never attached to a message: by the scheduler in the server, by EventBridge in AWS. */
@ApplicationScoped
public class MessageAttachmentCleanupJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(MessageAttachmentCleanupJob.class);

    private final MessageAttachments attachments;
    private final Clock clock;

    MessageAttachmentCleanupJob(MessageAttachments attachments, Clock clock) {
        this.attachments = attachments;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "message-attachment-cleanup";
    }

    @Override
    public Uni<Void> run() {
        return attachments.cleanUp(clock.instant()).replaceWithVoid();
    }

    @Scheduled(identity = "message-attachment-cleanup", every = "15m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().onFailure().invoke(e -> LOG.warn("Dropping abandoned message attachments failed; the next run tries again", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
