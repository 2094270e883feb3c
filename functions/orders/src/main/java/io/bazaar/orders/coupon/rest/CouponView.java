package io.bazaar.orders.coupon.rest;

import java.time.Instant;
import java.util.UUID;

import io.bazaar.orders.coupon.service.Coupon;

/** A coupon as the admin console shows it. */
public record CouponView(UUID id, String code, UUID merchantId, String kind, Long amountMinor, String currency,
        Integer percent, long minSpendMinor, Instant validFrom, Instant validUntil, boolean oncePerCustomer,
        Integer totalUses, int usedCount) {

    public static CouponView of(Coupon c) {
        return new CouponView(c.id(), c.code(), c.merchantId(), c.kind().name(), c.amountMinor(), c.currency(), c.percent(),
                c.minSpendMinor(), c.validFrom(), c.validUntil(), c.oncePerCustomer(), c.totalUses(), c.usedCount());
    }
}
