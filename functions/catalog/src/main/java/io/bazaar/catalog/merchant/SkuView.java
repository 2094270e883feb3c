package io.bazaar.catalog.merchant;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.catalog.product.Sku;

/** A SKU as the merchant centre shows it. */
public record SkuView(UUID id, Map<String, String> attributes, @Schema(nullable = true) String code, long priceMinor,
        int stock, @Schema(nullable = true) UUID imageId, @Schema(nullable = true) Long memberPriceMinor) {

    public static SkuView of(Sku sku) {
        return new SkuView(sku.id, sku.attributes, sku.code, sku.priceMinor, sku.stock, sku.imageId, sku.memberPriceMinor);
    }
}
