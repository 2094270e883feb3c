package io.bazaar.orders.shipment.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tracking event staff add by hand (a carrier without a webhook, a call from the courier). */
public record TrackingEventRequest(
        @NotNull(message = "is required")
        @Pattern(regexp = "IN_TRANSIT|OUT_FOR_DELIVERY|DELIVERED|EXCEPTION",
                message = "must be IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED or EXCEPTION") String status,
        @Schema(nullable = true) @Size(max = 200, message = "must be at most 200 characters") String description,
        @Schema(nullable = true) @Size(max = 120, message = "must be at most 120 characters") String location,
        @Schema(nullable = true, description = "When it happened; default now") Instant occurredAt) {
}
