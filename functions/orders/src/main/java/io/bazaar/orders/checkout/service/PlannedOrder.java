package io.bazaar.orders.checkout.service;

import java.util.List;
import java.util.UUID;

import io.bazaar.orders.order.service.OrderLine;

/**
 * One merchant's order as checkout priced it, before it is written. Its discount is the coupon's share plus the value
 * of its share of the points spent.
 */
public record PlannedOrder(UUID merchantId, String currency, List<OrderLine> lines, long itemsMinor,
        long couponDiscountMinor, long pointsSpent, long pointsValueMinor, long shippingMinor) {

    public long discountMinor() {
        return couponDiscountMinor + pointsValueMinor;
    }

    public long totalMinor() {
        return itemsMinor - discountMinor() + shippingMinor;
    }

    /** What member prices saved on this order's lines. */
    public long memberSavingMinor() {
        return lines.stream().mapToLong(OrderLine::memberSavingMinor).sum();
    }
}
