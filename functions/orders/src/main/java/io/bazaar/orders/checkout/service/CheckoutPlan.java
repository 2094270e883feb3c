package io.bazaar.orders.checkout.service;

import java.util.List;

import io.bazaar.orders.coupon.service.Coupon;

/** The priced checkout: its orders, one currency, the coupon used (or null) and the total to pay. */
public record CheckoutPlan(String currency, List<PlannedOrder> orders, Coupon coupon) {

    public long grandTotalMinor() {
        return orders.stream().mapToLong(PlannedOrder::totalMinor).sum();
    }
}
