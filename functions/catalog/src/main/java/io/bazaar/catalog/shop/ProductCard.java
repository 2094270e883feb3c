package io.bazaar.catalog.shop;

import java.math.BigDecimal;
import java.util.UUID;

/** One product in a list of search results: what a shopper needs to pick it from the list. */
public record ProductCard(UUID id, String name, String slug, String url, TermRef brand, Long minPriceMinor,
        Long maxPriceMinor, String currency, boolean inStock, long salesCount, int ratingCount,
        BigDecimal ratingAverage, String image) {
}
