package io.bazaar.orders.returns.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A shopper's request: the goods back then the money (RETURN) or the money only (REFUND_ONLY), for some units. */
public record NewReturnRequest(
        @NotNull(message = "is required") @Schema(enumeration = { "RETURN", "REFUND_ONLY" }) String kind,
        @NotNull(message = "is required")
        @Schema(enumeration = { "DAMAGED", "WRONG_ITEM", "NOT_AS_DESCRIBED", "NOT_RECEIVED", "NO_LONGER_NEEDED", "OTHER" })
        String reason,
        @Size(max = 1000, message = "at most 1000 characters") String details,
        @NotEmpty(message = "name at least one line") @Size(max = 200, message = "at most 200 lines")
        List<@Valid @NotNull(message = "must be a line") Line> lines,
        @Schema(description = "Ids of photos uploaded through POST /api/me/returns/photos (at most 6), in the order shown")
        List<@NotNull(message = "must be a photo id") UUID> photoIds) {

    /** Units of one order line (line numbers are the order's line positions, 1-based). */
    public record Line(
            @NotNull(message = "is required") @Min(value = 1, message = "must be a line number of the order") Integer lineNo,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100_000, message = "is too large") Integer quantity) {
    }
}
