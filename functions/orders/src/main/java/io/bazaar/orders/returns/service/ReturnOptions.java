package io.bazaar.orders.returns.service;

import java.time.Instant;
import java.util.List;

import io.bazaar.orders.order.service.OrderLine;

/**
 * What the shopper may still ask for on an order: whether a request is possible now, until when, how many units of
 * each line (bought minus refunded minus in returns that have not ended), and the order's returns so far.
 */
public record ReturnOptions(String orderNumber, String currency, boolean open, Instant windowEndsAt, List<OrderLine> lines,
        List<Integer> returnable, List<OrderReturn> returns) {
}
