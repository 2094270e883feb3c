package io.bazaar.orders.checkout.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.address.rest.AddressInput;

/**
 * What the checkout page asks before the shopper places the order: the address to ship to, maybe a coupon (a typed
 * code, a wallet coupon or the best of the wallet) and points to spend.
 */
public record QuoteRequest(
        UUID addressId,
        @Valid AddressInput address,
        @Size(min = 1, max = 40, message = "must be 1-40 characters") String couponCode,
        @Schema(nullable = true, description = "A coupon of your wallet") UUID walletCouponId,
        @Schema(nullable = true, description = "true: the wallet coupon that gives the biggest discount") Boolean bestCoupon,
        @Schema(nullable = true, description = "Points to pay with")
        @PositiveOrZero(message = "must not be negative") @Max(value = 1_000_000_000L, message = "is too large") Long points) {

    public CouponChoice coupon() {
        return CouponChoice.of(couponCode, walletCouponId, bestCoupon);
    }

    public long pointsOrZero() {
        return points == null ? 0 : points;
    }
}
