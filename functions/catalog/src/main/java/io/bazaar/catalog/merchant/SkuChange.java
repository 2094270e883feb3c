package io.bazaar.catalog.merchant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new price and/or stock for one SKU; fields left out stay as they are. */
public record SkuChange(
        @Schema(description = "Minor units of the product's currency; positive, or 0 when the product is marked free")
        @PositiveOrZero(message = "must not be negative") @Max(value = 100_000_000_000L, message = "is too large") Long priceMinor,
        @PositiveOrZero(message = "must not be negative") @Max(value = 10_000_000, message = "is too large") Integer stock) {
}
