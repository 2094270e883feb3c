package io.bazaar.orders.checkout.service;

import java.util.List;

import io.bazaar.orders.coupon.service.Coupon;

/**
 * The priced checkout: its orders, one currency, the coupon used (or null), the points spent, the most points this
 * checkout could take, and the total to pay.
 */
public record CheckoutPlan(String currency, List<PlannedOrder> orders, Coupon coupon, long pointsSpent,
        long maxPointsSpendable) {

    public long grandTotalMinor() {
        return orders.stream().mapToLong(PlannedOrder::totalMinor).sum();
    }

    public long couponDiscountMinor() {
        return orders.stream().mapToLong(PlannedOrder::couponDiscountMinor).sum();
    }
}
