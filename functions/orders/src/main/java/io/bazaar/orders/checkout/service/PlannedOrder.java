package io.bazaar.orders.checkout.service;

import java.util.List;
import java.util.UUID;

import io.bazaar.orders.order.service.OrderLine;

/** One merchant's order as checkout priced it, before it is written. */
public record PlannedOrder(UUID merchantId, String currency, List<OrderLine> lines, long itemsMinor, long discountMinor,
        long shippingMinor) {

    public long totalMinor() {
        return itemsMinor - discountMinor + shippingMinor;
    }
}
