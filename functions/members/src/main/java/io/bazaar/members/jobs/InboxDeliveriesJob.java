package io.bazaar.members.jobs;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.erasure.ErasureFollowUp;
import io.bazaar.members.inbox.delivery.DeliverySender;
import io.bazaar.platform.jobs.ScheduledJob;
import io.smallrye.mutiny.Uni;

/**
 * Sends due pushes and e-mails of in-app notifications, and finishes deleted accounts' erasure (SNS endpoints, recently
 * viewed; {@link ErasureFollowUp}), when EventBridge says so (in AWS).
 */
@ApplicationScoped
public class InboxDeliveriesJob implements ScheduledJob {

    private final DeliverySender sender;
    private final ErasureFollowUp erasures;
    private final Clock clock;

    InboxDeliveriesJob(DeliverySender sender, ErasureFollowUp erasures, Clock clock) {
        this.sender = sender;
        this.erasures = erasures;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "inbox-deliveries";
    }

    @Override
    public Uni<Void> run() {
        return sender.sendDue(clock.instant()).chain(() -> erasures.run()).replaceWithVoid();
    }
}
