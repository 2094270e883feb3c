package io.bazaar.orders.order.service;

import java.util.Map;
import java.util.Set;

/** The life of an order; {@link #canMoveTo} is the whole state machine. */
public enum OrderStatus {
    AWAITING_PAYMENT, PAID, SHIPPED, DELIVERED, COMPLETED, CANCELLED;

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            AWAITING_PAYMENT, Set.of(PAID, CANCELLED),
            PAID, Set.of(SHIPPED),
            SHIPPED, Set.of(DELIVERED),
            DELIVERED, Set.of(COMPLETED),
            COMPLETED, Set.of(),
            CANCELLED, Set.of());

    public boolean canMoveTo(OrderStatus next) {
        return NEXT.get(this).contains(next);
    }
}
