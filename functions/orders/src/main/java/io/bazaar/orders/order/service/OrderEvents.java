package io.bazaar.orders.order.service;

import java.time.Instant;
import java.util.List;

import io.bazaar.statistics.contract.BehaviourEvent;
import io.bazaar.statistics.contract.EventLine;

/** The statistics area's behaviour events of an order (recorded through statistics-contract in the order's transaction). */
public final class OrderEvents {

    private OrderEvents() {
    }

    /** The event of an order reaching {@code to}, if statistics counts that status (placed, paid, cancelled). */
    public static BehaviourEvent of(Order order, List<OrderLine> lines, OrderStatus to, Instant at) {
        List<EventLine> counted = lines(lines);
        return switch (to) {
            case AWAITING_PAYMENT -> BehaviourEvent.orderPlaced(order.accountId(), order.merchantId(), order.number(),
                    order.currency(), order.totalMinor(), counted, at);
            case PAID -> BehaviourEvent.orderPaid(order.accountId(), order.merchantId(), order.number(), order.currency(),
                    order.totalMinor(), counted, at);
            case CANCELLED -> BehaviourEvent.orderCancelled(order.accountId(), order.merchantId(), order.number(),
                    order.currency(), order.totalMinor(), counted, at);
            default -> null;
        };
    }

    /** The lines as statistics counts them: product, SKU, units and their money at the price paid. */
    public static List<EventLine> lines(List<OrderLine> lines) {
        return lines.stream().map(l -> new EventLine(l.productId(), l.skuId(), l.quantity(),
                Math.multiplyExact(l.unitPriceMinor(), (long) l.quantity()))).toList();
    }
}
