package io.bazaar.orders.coupon.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.coupon.service.WalletCoupon;

/** One coupon in the shopper's wallet, with its own validity and state. */
public record WalletCouponView(UUID id, OfferedCouponView coupon, Instant collectedAt, Instant validFrom, Instant validUntil,
        @Schema(enumeration = { "USABLE", "NOT_STARTED", "USED", "EXPIRED" }) String state,
        @Schema(nullable = true) Instant usedAt) {

    public static WalletCouponView of(WalletCoupon w, Instant now) {
        return new WalletCouponView(w.id(), OfferedCouponView.of(w.coupon()), w.collectedAt(), w.validFrom(),
                w.validUntil(), w.stateAt(now).name(), w.usedAt());
    }
}
