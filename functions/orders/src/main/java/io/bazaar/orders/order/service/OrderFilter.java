package io.bazaar.orders.order.service;

import java.time.Instant;

/** What a merchant narrows the order list by; null parts do not filter. */
public record OrderFilter(OrderStatus status, Instant from, Instant to) {
}
