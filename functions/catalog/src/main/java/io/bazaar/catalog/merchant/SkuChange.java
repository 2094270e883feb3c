package io.bazaar.catalog.merchant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/** A new price and/or stock for one SKU; fields left out stay as they are. */
public record SkuChange(
        @PositiveOrZero(message = "must not be negative") @Max(value = 100_000_000_000L, message = "is too large") Long priceMinor,
        @PositiveOrZero(message = "must not be negative") @Max(value = 10_000_000, message = "is too large") Integer stock) {
}
