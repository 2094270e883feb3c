package io.bazaar.orders.order.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.orders.OrdersConfig;
import io.bazaar.orders.order.repository.OrderRepository;
import io.bazaar.orders.returns.service.OpenReturns;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Moves orders on when time runs out: unpaid ones are cancelled (stock restored), shipped ones count as delivered
 * after a while, delivered ones complete when the return window closes. The work methods take "now" so tests can
 * call them with a time in the future.
 */
@ApplicationScoped
public class OrderJobs {

    private static final Logger LOG = Logger.getLogger(OrderJobs.class);
    private static final String BY = "system";

    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final Pool pool;
    private final OrdersConfig config;
    private final Clock clock;
    private final OpenReturns openReturns;

    OrderJobs(OrderRepository orders, OrderTransitions transitions, Pool pool, OrdersConfig config, Clock clock,
            OpenReturns openReturns) {
        this.openReturns = openReturns;
        this.orders = orders;
        this.transitions = transitions;
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${bazaar.orders.jobs-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        Instant now = clock.instant();
        return cancelUnpaid(now).chain(() -> deliverShipped(now)).chain(() -> completeDelivered(now)).replaceWithVoid();
    }

    /** Cancels orders unpaid for longer than the payment timeout; returns how many. */
    public Uni<Integer> cancelUnpaid(Instant now) {
        return orders.dueIn(OrderStatus.AWAITING_PAYMENT, now.minus(config.paymentTimeout()), config.jobBatchSize())
                .chain(due -> each(due, order -> pool.withTransaction(tx -> transitions.cancelCheckout(tx,
                        order.checkoutId(), now, BY, "not paid within " + config.paymentTimeout())).replaceWith(1)));
    }

    /** Counts orders shipped longer ago than the delivery allowance as delivered. */
    public Uni<Integer> deliverShipped(Instant now) {
        return orders.dueIn(OrderStatus.SHIPPED, now.minus(config.autoDeliverAfter()), config.jobBatchSize())
                .chain(due -> each(due, order -> pool.withTransaction(tx -> transitions.move(tx, order,
                        OrderStatus.DELIVERED, now, BY, "delivered (no confirmation within " + config.autoDeliverAfter() + ")",
                        null, null)).replaceWith(1)));
    }

    /**
     * Completes orders delivered longer ago than the return window, except those with a return that has not ended:
     * they complete on the first run after it ends (see docs/decisions/returns.md).
     */
    public Uni<Integer> completeDelivered(Instant now) {
        return orders.dueIn(OrderStatus.DELIVERED, now.minus(config.autoCompleteAfter()), config.jobBatchSize())
                .chain(due -> each(due, order -> pool.withTransaction(tx -> openReturns.holdCompletion(tx, order.number())
                        .chain(held -> held ? Uni.createFrom().item(0) : transitions.move(tx, order,
                                OrderStatus.COMPLETED, now, BY, "return window closed", null, null).replaceWith(1)))));
    }

    /** Runs the change per order; one order that moved meanwhile (409) does not stop the others. */
    private static Uni<Integer> each(List<Order> due, java.util.function.Function<Order, Uni<Integer>> change) {
        return Multi.createFrom().iterable(due).onItem().transformToUniAndConcatenate(order -> change.apply(order)
                .onFailure(ProblemException.class).recoverWithItem(e -> {
                    LOG.debugf("Order %s moved meanwhile: %s", order.number(), e.getMessage());
                    return 0;
                }))
                .collect().asList().map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }
}
