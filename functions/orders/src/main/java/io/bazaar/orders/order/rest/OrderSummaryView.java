package io.bazaar.orders.order.rest;

import java.time.Instant;
import java.util.UUID;

import io.bazaar.orders.order.service.Order;

/** An order in a list: number, seller, state and money, without lines and history. */
public record OrderSummaryView(String orderNumber, UUID merchantId, String status, String currency, long itemsMinor,
        long discountMinor, long shippingMinor, long totalMinor, Instant createdAt) {

    public static OrderSummaryView of(Order o) {
        return new OrderSummaryView(o.number(), o.merchantId(), o.status().name(), o.currency(), o.itemsMinor(),
                o.discountMinor(), o.shippingMinor(), o.totalMinor(), o.createdAt());
    }
}
