package io.bazaar.importer.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the importer learned about one product page; absent facts are {@code null} (lists are empty).
 *
 * @param price      main price (the lowest variant price for a product group without its own offer)
 * @param currency   ISO 4217 code of {@code price}
 * @param images     absolute image URLs
 * @param categories breadcrumb names from the shop's root to the product's category
 * @param source     where the facts came from: json-ld, microdata, rdfa, opengraph or page
 */
public record Listing(String name, String description, String brand, String sku, String gtin, String mpn,
                      BigDecimal price, String currency, Availability availability, List<String> images,
                      List<String> categories, List<Variant> variants, Rating rating, String source) {

    public Listing {
        images = List.copyOf(images);
        categories = List.copyOf(categories);
        variants = List.copyOf(variants);
    }

    /** A listing worth importing names the product. */
    boolean usable() {
        return name != null && !name.isBlank();
    }

    /** It states a price, of the product or of one of its variants. */
    boolean priced() {
        return price != null || variants.stream().anyMatch(v -> v.price() != null);
    }
}
