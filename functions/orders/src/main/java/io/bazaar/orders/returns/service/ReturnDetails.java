package io.bazaar.orders.returns.service;

import java.util.List;

import io.bazaar.orders.order.service.OrderLine;

/** A return with the order lines it names (as bought), its photos and its whole history. */
public record ReturnDetails(OrderReturn ret, List<OrderLine> orderLines, List<ReturnPhoto> photos,
        List<ReturnChange> history) {
}
