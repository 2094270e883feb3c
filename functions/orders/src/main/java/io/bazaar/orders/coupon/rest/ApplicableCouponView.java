package io.bazaar.orders.coupon.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.checkout.service.ApplicableCoupon;

/** A usable wallet coupon against the cart's selected lines: its discount now, or why it does not apply. */
public record ApplicableCouponView(WalletCouponView walletCoupon, boolean applies, long discountMinor,
        @Schema(nullable = true) String currency,
        @Schema(nullable = true, description = "The problem type checkout would answer with, e.g. coupon-minimum-not-met")
        String problemType,
        @Schema(nullable = true) String reason) {

    public static ApplicableCouponView of(ApplicableCoupon a, Instant now) {
        return new ApplicableCouponView(WalletCouponView.of(a.entry(), now), a.applies(), a.discountMinor(), a.currency(),
                a.problemType(), a.reason());
    }
}
