package io.bazaar.orders.order.service;

import java.util.List;

/** An order with its lines and its whole status history. */
public record OrderDetails(Order order, List<StatusChange> history) {
}
