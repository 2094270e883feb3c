package io.bazaar.orders.order.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.contract.ProductCounters;
import io.bazaar.catalog.contract.StockLedger;
import io.bazaar.orders.notification.service.NotificationKind;
import io.bazaar.orders.notification.service.NotificationOutbox;
import io.bazaar.orders.order.repository.OrderRepository;
import io.bazaar.orders.points.service.PointsLedger;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.statistics.contract.BehaviourEvents;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Every status change goes through here, inside the caller's transaction: the guarded update, the history row, the
 * stock and spent points given back on cancellation, the units counted as sold on payment (through the catalog's
 * contract), the points posted on completion and the customer's notifications, all or nothing.
 */
@ApplicationScoped
public class OrderTransitions {

    private final OrderRepository orders;
    private final StockLedger stock;
    private final ProductCounters counters;
    private final NotificationOutbox outbox;
    private final PointsLedger points;
    private final BehaviourEvents events;

    OrderTransitions(OrderRepository orders, StockLedger stock, ProductCounters counters, NotificationOutbox outbox,
            PointsLedger points, BehaviourEvents events) {
        this.events = events;
        this.orders = orders;
        this.stock = stock;
        this.counters = counters;
        this.outbox = outbox;
        this.points = points;
    }

    /** Moves the order; 409 invalid-transition when its current status does not allow it (also under a race). */
    public Uni<Order> move(SqlClient tx, Order order, OrderStatus to, Instant at, String by, String note, String carrier,
            String trackingNumber) {
        if (!order.status().canMoveTo(to)) {
            throw invalid(order, to);
        }
        return orders.move(tx, order.number(), order.status(), to, at, carrier, trackingNumber).chain(moved -> {
            if (!moved) {
                return Uni.createFrom().failure(invalid(order, to));
            }
            return orders.addHistory(tx, order.number(), new StatusChange(order.status(), to, at, by, note))
                    .chain(() -> switch (to) {
                        case CANCELLED -> restoreStock(tx, order.number())
                                .chain(() -> points.orderCancelled(tx, order.number(), at));
                        case PAID -> countSales(tx, order.number());
                        case COMPLETED -> points.orderCompleted(tx, order.number(), at);
                        default -> Uni.createFrom().voidItem();
                    })
                    .chain(() -> record(tx, order, to, at))
                    .chain(() -> orders.find(tx, order.number()))
                    .call(updated -> notify(tx, updated, to, at));
        });
    }

    /** Cancels every unpaid order of a checkout (they share one payment) and gives their stock back. */
    public Uni<List<Order>> cancelCheckout(SqlClient tx, UUID checkoutId, Instant at, String by, String note) {
        return moveCheckout(tx, checkoutId, OrderStatus.CANCELLED, at, by, note);
    }

    /** Marks every unpaid order of a checkout paid. */
    public Uni<List<Order>> payCheckout(SqlClient tx, UUID checkoutId, Instant at, String by, String note) {
        return moveCheckout(tx, checkoutId, OrderStatus.PAID, at, by, note);
    }

    private Uni<List<Order>> moveCheckout(SqlClient tx, UUID checkoutId, OrderStatus to, Instant at, String by, String note) {
        return orders.ofCheckoutForUpdate(tx, checkoutId, OrderStatus.AWAITING_PAYMENT)
                .chain(unpaid -> Multi.createFrom().iterable(unpaid)
                        .onItem().transformToUniAndConcatenate(order -> move(tx, order, to, at, by, note, null, null))
                        .collect().asList());
    }

    /** The statistics event of the move (paid, cancelled), in its transaction: a rolled-back move records nothing. */
    private Uni<Void> record(SqlClient tx, Order order, OrderStatus to, Instant at) {
        if (to != OrderStatus.PAID && to != OrderStatus.CANCELLED) {
            return Uni.createFrom().voidItem();
        }
        return orders.lines(tx, order.number()).chain(lines -> events.record(tx, OrderEvents.of(order, lines, to, at)));
    }

    private Uni<Void> restoreStock(SqlClient tx, String number) {
        return orders.lines(tx, number).chain(lines -> Multi.createFrom().iterable(lines)
                .onItem().transformToUniAndConcatenate(line -> stock.restore(tx, line.skuId(), line.quantity()))
                .collect().last().replaceWithVoid());
    }

    /** Sales count when the money is in, once per order (the guarded move above happens once). */
    private Uni<Void> countSales(SqlClient tx, String number) {
        return orders.lines(tx, number).chain(lines -> {
            Map<UUID, Long> units = new HashMap<>();
            lines.forEach(line -> units.merge(line.productId(), (long) line.quantity(), Long::sum));
            return counters.addSales(tx, units);
        });
    }

    private Uni<Void> notify(SqlClient tx, Order order, OrderStatus to, Instant at) {
        NotificationKind kind = switch (to) {
            case PAID -> NotificationKind.PAID;
            case SHIPPED -> NotificationKind.SHIPPED;
            case DELIVERED -> NotificationKind.DELIVERED;
            default -> null;
        };
        return kind == null ? Uni.createFrom().voidItem() : outbox.enqueue(tx, order, kind, at);
    }

    private static ProblemException invalid(Order order, OrderStatus to) {
        return ProblemException.conflict("invalid-transition",
                "Order " + order.number() + " is " + order.status() + " and cannot become " + to + ".");
    }
}
