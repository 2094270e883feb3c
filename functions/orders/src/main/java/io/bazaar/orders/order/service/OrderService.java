package io.bazaar.orders.order.service;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.order.repository.OrderRepository;
import io.bazaar.orders.shipment.repository.ShipmentRepository;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * What customers and merchant staff do with orders. Someone else's order is "not found" for both (404), so order
 * numbers reveal nothing about other people's orders.
 */
@ApplicationScoped
public class OrderService {

    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final Pool pool;
    private final Clock clock;
    private final ShipmentRepository shipments;

    OrderService(OrderRepository orders, OrderTransitions transitions, Pool pool, Clock clock, ShipmentRepository shipments) {
        this.orders = orders;
        this.shipments = shipments;
        this.transitions = transitions;
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<OrderDetails> ofCustomer(UUID accountId, String number) {
        return orders.find(number).chain(order -> details(owned(order, accountId)));
    }

    /** The customer's orders in these statuses (all when empty), newest first. */
    public Uni<Page<Order>> pageOfCustomer(UUID accountId, Set<OrderStatus> statuses, PageRequest page) {
        return orders.pageOfAccount(accountId, statuses, page.offset(), page.size())
                .chain(list -> orders.countOfAccount(accountId, statuses).map(total -> Page.of(list, page, total)));
    }

    public Uni<OrderDetails> ofMerchant(UUID merchantId, String number) {
        return orders.find(number).chain(order -> details(sold(order, merchantId)));
    }

    /** Cancels an unpaid order, and with it the other orders paid by the same payment; their stock comes back. */
    public Uni<OrderDetails> cancel(UUID accountId, String number) {
        return pool.withTransaction(tx -> orders.find(tx, number).chain(order -> {
            Order own = owned(order, accountId);
            if (own.status() != OrderStatus.AWAITING_PAYMENT) {
                throw ProblemException.conflict("invalid-transition",
                        "Order " + number + " is " + own.status() + "; only unpaid orders can be cancelled.");
            }
            return transitions.cancelCheckout(tx, own.checkoutId(), clock.instant(), "customer:" + accountId,
                    "cancelled by the customer");
        })).chain(() -> ofCustomer(accountId, number));
    }

    public Uni<OrderDetails> confirmReceipt(UUID accountId, String number) {
        return pool.withTransaction(tx -> orders.find(tx, number).chain(order -> transitions.move(tx,
                owned(order, accountId), OrderStatus.DELIVERED, clock.instant(), "customer:" + accountId,
                "receipt confirmed by the customer", null, null)))
                .chain(() -> ofCustomer(accountId, number));
    }

    private Uni<OrderDetails> details(Order order) {
        return orders.lines(order.number()).chain(lines -> orders.history(order.number())
                .chain(history -> shipments.ofOrder(order.number())
                        .map(parcels -> new OrderDetails(order.withLines(lines), history, parcels))));
    }

    private static Order owned(Order order, UUID accountId) {
        if (order == null || !order.accountId().equals(accountId)) {
            throw notFound();
        }
        return order;
    }

    private static Order sold(Order order, UUID merchantId) {
        if (order == null || !order.merchantId().equals(merchantId)) {
            throw notFound();
        }
        return order;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("order-not-found", "There is no such order.");
    }
}
