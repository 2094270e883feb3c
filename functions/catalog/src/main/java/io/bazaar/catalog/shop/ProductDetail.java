package io.bazaar.catalog.shop;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.catalog.product.AttributeSpec;

/** Everything a product page shows about a visible product; the description is HTML sanitised when it was saved. */
public record ProductDetail(UUID id, String name, String slug, String url, CategoryTrail category,
        @Schema(nullable = true) TermRef brand, @Schema(nullable = true) TermRef series, List<TermRef> keywords,
        List<TermRef> tags, String description, String parameters, String packaging, String afterSales, String currency,
        List<AttributeSpec> attributes, List<SkuOffer> skus, List<ProductImage> images, Long minPriceMinor,
        Long maxPriceMinor, boolean inStock, int ratingCount, @Schema(nullable = true) BigDecimal ratingAverage,
        @Schema(description = "How many published reviews gave 1, 2, 3, 4 and 5 stars (five counts)") List<Integer> ratingHistogram,
        long salesCount, long viewCount, @Schema(description = "The seller's shop: /shops/{merchantId} in the storefront") UUID merchantId,
        @Schema(nullable = true, description = "The seller's shop name; null if the merchant is unknown to identity") String shopName) {
}
