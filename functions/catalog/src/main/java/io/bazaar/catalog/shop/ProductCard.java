package io.bazaar.catalog.shop;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One product in a list of search results: what a shopper needs to pick it from the list. */
public record ProductCard(UUID id, String name, String slug, String url, @Schema(nullable = true) TermRef brand,
        Long minPriceMinor, Long maxPriceMinor, String currency, boolean inStock, long salesCount, int ratingCount,
        @Schema(nullable = true) BigDecimal ratingAverage, @Schema(nullable = true) String image) {
}
