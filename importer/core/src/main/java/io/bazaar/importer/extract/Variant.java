package io.bazaar.importer.extract;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One buyable version of a product (a colour and size), so the catalog can create one SKU per variant.
 *
 * @param attributes what distinguishes it, e.g. {color=Red, size=M}, in the shop's order
 */
public record Variant(Map<String, String> attributes, String sku, BigDecimal price, String currency,
                      Availability availability) {

    public Variant {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
