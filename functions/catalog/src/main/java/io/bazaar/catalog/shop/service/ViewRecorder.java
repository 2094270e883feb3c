package io.bazaar.catalog.shop.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.catalog.shop.repository.BehaviourCounters;
import io.bazaar.platform.aws.BlockingCalls;

/**
 * Counts a product page view without holding up the page: the DynamoDB writes run on a worker thread after the
 * response is on its way, and a failure is logged, never shown to the shopper. A view is a ranking signal, so losing
 * one when DynamoDB is down is acceptable; failing the page is not.
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

    public void record(UUID productId) {
        blocking.run(() -> counters.countViews(productId, 1)).subscribe().with(
                done -> LOG.tracef("View of %s counted", productId),
                failure -> LOG.warnf(failure, "View of product %s not counted", productId));
    }
}
