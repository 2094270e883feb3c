package io.bazaar.orders.checkout.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.bazaar.orders.address.rest.AddressInput;

/** What the checkout page asks before the shopper places the order: the address to ship to and maybe a coupon. */
public record QuoteRequest(
        UUID addressId,
        @Valid AddressInput address,
        @Size(min = 1, max = 40, message = "must be 1-40 characters") String couponCode) {
}
