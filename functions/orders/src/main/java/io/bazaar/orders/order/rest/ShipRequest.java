package io.bazaar.orders.order.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the merchant tells the customer about a parcel. */
public record ShipRequest(
        @NotBlank(message = "is required") @Size(max = 60, message = "must be at most 60 characters") String carrier,
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String trackingNumber) {
}
