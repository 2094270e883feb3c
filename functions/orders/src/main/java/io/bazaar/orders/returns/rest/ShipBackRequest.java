package io.bazaar.orders.returns.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the shopper sent the goods back. */
public record ShipBackRequest(
        @NotBlank(message = "is required") @Size(max = 60, message = "must be at most 60 characters") String carrier,
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String trackingNumber) {
}
