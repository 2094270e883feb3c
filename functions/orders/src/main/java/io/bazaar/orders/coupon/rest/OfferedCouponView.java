package io.bazaar.orders.coupon.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.coupon.service.Coupon;

/** A coupon as shoppers see it in the coupon centre and their wallet (no use counts, no admin fields). */
public record OfferedCouponView(UUID id, String code, @Schema(nullable = true) UUID merchantId, String kind,
        @Schema(nullable = true) Long amountMinor, @Schema(nullable = true) String currency,
        @Schema(nullable = true) Integer percent, long minSpendMinor, Instant validFrom, Instant validUntil,
        @Schema(nullable = true) Integer validDays, @Schema(nullable = true) Instant collectUntil,
        @Schema(nullable = true, description = "Coupons left to collect; null: no limit") Integer left,
        int perCustomerLimit, boolean membersOnly) {

    public static OfferedCouponView of(Coupon c) {
        Coupon.Wallet w = c.wallet();
        return new OfferedCouponView(c.id(), c.code(), c.merchantId(), c.kind().name(), c.amountMinor(), c.currency(),
                c.percent(), c.minSpendMinor(), c.validFrom(), c.validUntil(), w.validDays(), w.collectUntil(),
                w.stock() == null ? null : w.stock() - w.collected(), w.perCustomerLimit(), c.membersOnly());
    }
}
