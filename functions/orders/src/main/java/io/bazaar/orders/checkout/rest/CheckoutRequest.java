package io.bazaar.orders.checkout.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.address.rest.AddressInput;

/**
 * Checkout of the cart's selected lines: ship to a saved address or one given here, pay with a method, maybe with one
 * coupon (a typed code, a wallet coupon, or the best of the wallet) and some points.
 */
public record CheckoutRequest(
        UUID addressId,
        @Valid AddressInput address,
        @NotBlank(message = "is required") @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a payment method such as sandbox-card") String paymentMethod,
        @Size(min = 1, max = 40, message = "must be 1-40 characters") String couponCode,
        @Schema(nullable = true, description = "A coupon of your wallet (GET /api/me/coupons)") UUID walletCouponId,
        @Schema(nullable = true, description = "true: use the wallet coupon that gives the biggest discount, if any applies")
        Boolean bestCoupon,
        @Schema(nullable = true, description = "Points to pay with (GET /api/me/points); the quote tells the most allowed")
        @PositiveOrZero(message = "must not be negative") @Max(value = 1_000_000_000L, message = "is too large") Long points) {

    public CouponChoice coupon() {
        return CouponChoice.of(couponCode, walletCouponId, bestCoupon);
    }

    public long pointsOrZero() {
        return points == null ? 0 : points;
    }
}
