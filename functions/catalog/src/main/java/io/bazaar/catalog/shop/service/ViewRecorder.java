package io.bazaar.catalog.shop.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.catalog.shop.repository.BehaviourCounters;
import io.bazaar.platform.aws.BlockingCalls;
import io.smallrye.mutiny.Uni;

/**
 * Counts a product page view before the page is answered: a Lambda may be frozen as soon as its response is sent, so
 * work left running after it would be lost. A failure is logged, never shown to the shopper: a view is a ranking
 * signal, and failing the page because DynamoDB is down is worse than one view not counted.
 */
@ApplicationScoped
public class ViewRecorder {

    private static final Logger LOG = Logger.getLogger(ViewRecorder.class);

    private final BehaviourCounters counters;
    private final BlockingCalls blocking;

    ViewRecorder(BehaviourCounters counters, BlockingCalls blocking) {
        this.counters = counters;
        this.blocking = blocking;
    }

    /** Completes once the view is stored, or once storing it failed (logged). */
    public Uni<Void> record(UUID productId) {
        return blocking.run(() -> counters.countViews(productId, 1)).onFailure().recoverWithItem(failure -> {
            LOG.warnf(failure, "View of product %s not counted", productId);
            return null;
        }).replaceWithVoid();
    }
}
