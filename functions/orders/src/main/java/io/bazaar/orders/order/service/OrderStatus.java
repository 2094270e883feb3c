package io.bazaar.orders.order.service;

import java.util.Map;
import java.util.Set;

/**
 * The life of an order; {@link #canMoveTo} is the whole state machine. REFUNDED is where a paid order ends when all
 * of its money has been given back; a partial refund leaves the status as it is (the order's refunded amount says it).
 */
public enum OrderStatus {
    AWAITING_PAYMENT, PAID, SHIPPED, DELIVERED, COMPLETED, CANCELLED, REFUNDED;

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            AWAITING_PAYMENT, Set.of(PAID, CANCELLED),
            PAID, Set.of(SHIPPED, REFUNDED),
            SHIPPED, Set.of(DELIVERED, REFUNDED),
            DELIVERED, Set.of(COMPLETED, REFUNDED),
            COMPLETED, Set.of(REFUNDED),
            CANCELLED, Set.of(),
            REFUNDED, Set.of());

    /** Whether money may be given back on an order in this status: it has been paid and not wholly refunded. */
    public boolean refundable() {
        return canMoveTo(REFUNDED);
    }

    public boolean canMoveTo(OrderStatus next) {
        return NEXT.get(this).contains(next);
    }
}
