package io.bazaar.cart.rest;

import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** POST /api/cart/lines: units of a SKU to add (the per-line maximum is configuration, checked by the service). */
public record AddLineRequest(
        @NotNull(message = "is required") UUID skuId,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") Integer quantity) {
}
