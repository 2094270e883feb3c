package io.bazaar.catalog.merchant;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A SKU as the merchant describes it: which attribute values, price in minor units, stock, optional image, and an
 * optional member price for verified shoppers.
 */
public record SkuInput(
        Map<String, String> attributes,
        @Size(max = 64, message = "must be at most 64 characters") String code,
        @Schema(description = "Minor units of the product's currency; positive, or 0 when the product is marked free")
        @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
        @Max(value = 100_000_000_000L, message = "is too large") Long priceMinor,
        @Schema(description = "Units on hand of a new SKU. An existing SKU keeps its stock in a content edit, so a form "
                + "loaded before a sale never brings the sold units back; change it with PATCH .../skus/{skuId}")
        @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
        @Max(value = 10_000_000, message = "is too large") Integer stock,
        UUID imageId,
        @Schema(nullable = true, description = "Price for verified members (real name verified), minor units; below "
                + "priceMinor, or null for none")
        @Positive(message = "must be positive") @Max(value = 100_000_000_000L, message = "is too large") Long memberPriceMinor) {

    /** A SKU without a member price. */
    public SkuInput(Map<String, String> attributes, String code, Long priceMinor, Integer stock, UUID imageId) {
        this(attributes, code, priceMinor, stock, imageId, null);
    }
}
