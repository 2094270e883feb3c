package io.bazaar.orders.coupon.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.coupon.service.Coupon;

/** A coupon as the admin console shows it. */
public record CouponView(UUID id, String code, @Schema(nullable = true) UUID merchantId, String kind,
        @Schema(nullable = true) Long amountMinor, @Schema(nullable = true) String currency,
        @Schema(nullable = true) Integer percent, long minSpendMinor, Instant validFrom, Instant validUntil,
        boolean oncePerCustomer, @Schema(nullable = true) Integer totalUses, int usedCount, boolean published,
        @Schema(nullable = true) Instant collectFrom, @Schema(nullable = true) Instant collectUntil,
        @Schema(nullable = true) Integer collectStock, int collectedCount, int perCustomerLimit,
        @Schema(nullable = true) Integer validDays, boolean membersOnly) {

    public static CouponView of(Coupon c) {
        Coupon.Wallet w = c.wallet();
        return new CouponView(c.id(), c.code(), c.merchantId(), c.kind().name(), c.amountMinor(), c.currency(), c.percent(),
                c.minSpendMinor(), c.validFrom(), c.validUntil(), c.oncePerCustomer(), c.totalUses(), c.usedCount(),
                w.published(), w.collectFrom(), w.collectUntil(), w.stock(), w.collected(), w.perCustomerLimit(),
                w.validDays(), c.membersOnly());
    }
}
