package io.bazaar.orders.points.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A platform admin's correction of an account's points, with the reason the ledger keeps. */
public record AdjustmentRequest(
        @NotNull(message = "is required") UUID accountId,
        @Schema(description = "Points to add (positive) or take (negative); never 0")
        @NotNull(message = "is required") @Min(value = -1_000_000_000L, message = "is too small")
        @Max(value = 1_000_000_000L, message = "is too large") Long amount,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String reason) {
}
