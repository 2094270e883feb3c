package io.bazaar.catalog.merchant;

import java.util.Map;
import java.util.UUID;

import io.bazaar.catalog.product.Sku;

/** A SKU as the merchant centre shows it. */
public record SkuView(UUID id, Map<String, String> attributes, String code, long priceMinor, int stock, UUID imageId) {

    public static SkuView of(Sku sku) {
        return new SkuView(sku.id, sku.attributes, sku.code, sku.priceMinor, sku.stock, sku.imageId);
    }
}
