package io.bazaar.catalog.page;

import java.util.ArrayList;
import java.util.List;

import io.bazaar.catalog.product.AttributeSpec;
import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.Sku;

/**
 * One buyable option as the page lists it: its attribute values, code, price, the price for verified members (null
 * when the SKU has none) and whether it is in stock.
 */
public record SkuOption(String label, String code, String price, String memberPrice, boolean inStock) {

    static SkuOption of(Product product, Sku sku) {
        return new SkuOption(label(product, sku), sku.code == null ? "" : sku.code,
                Prices.label(sku.priceMinor, sku.priceMinor, product.currency),
                sku.memberPriceMinor == null ? null
                        : Prices.label(sku.memberPriceMinor, sku.memberPriceMinor, product.currency),
                sku.stock > 0);
    }

    /** "colour: red, size: S" in the order the merchant gave the attributes; "Standard" when there are none. */
    static String label(Product product, Sku sku) {
        List<String> parts = new ArrayList<>();
        for (AttributeSpec spec : product.attributes) {
            String value = sku.attributes.get(spec.name());
            if (value != null) {
                parts.add(spec.name() + ": " + value);
            }
        }
        return parts.isEmpty() ? "Standard" : String.join(", ", parts);
    }
}
