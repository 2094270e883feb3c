package io.bazaar.orders.coupon.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Which published coupon to collect into the wallet. */
public record CollectRequest(@NotNull(message = "is required") UUID couponId) {
}
