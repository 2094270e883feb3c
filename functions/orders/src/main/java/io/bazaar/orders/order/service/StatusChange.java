package io.bazaar.orders.order.service;

import java.time.Instant;

/** One row of an order's status history: who moved it from what to what, when, and why. */
public record StatusChange(OrderStatus from, OrderStatus to, Instant at, String by, String note) {
}
