package io.bazaar.orders.checkout.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.bazaar.orders.address.rest.AddressInput;

/** Checkout of the cart's selected lines: ship to a saved address or one given here, pay with a method, maybe a coupon. */
public record CheckoutRequest(
        UUID addressId,
        @Valid AddressInput address,
        @NotBlank(message = "is required") @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a payment method such as sandbox-card") String paymentMethod,
        @Size(min = 1, max = 40, message = "must be 1-40 characters") String couponCode) {
}
