package io.bazaar.orders.coupon.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.coupon.service.Coupon;

/** A coupon as the admin console shows it. */
public record CouponView(UUID id, String code, @Schema(nullable = true) UUID merchantId, String kind,
        @Schema(nullable = true) Long amountMinor, @Schema(nullable = true) String currency,
        @Schema(nullable = true) Integer percent, long minSpendMinor, Instant validFrom, Instant validUntil,
        boolean oncePerCustomer, @Schema(nullable = true) Integer totalUses, int usedCount) {

    public static CouponView of(Coupon c) {
        return new CouponView(c.id(), c.code(), c.merchantId(), c.kind().name(), c.amountMinor(), c.currency(), c.percent(),
                c.minSpendMinor(), c.validFrom(), c.validUntil(), c.oncePerCustomer(), c.totalUses(), c.usedCount());
    }
}
