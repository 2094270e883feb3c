package io.bazaar.catalog.merchant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.catalog.product.AttributeSpec;
import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.Sku;

/** A product as its merchant sees it: content, SKUs and where it is in moderation. */
public record MerchantProductView(UUID id, String name, String slug, Long categoryId,
        @Schema(nullable = true) Long brandId, @Schema(nullable = true) Long seriesId, List<Long> keywordIds,
        List<Long> tagIds, String description, String parameters, String packaging, String afterSales, String currency,
        List<AttributeSpec> attributes, List<SkuView> skus, String status, boolean listed, boolean visibleToShoppers,
        @Schema(nullable = true) String rejectionReason,
        @Schema(description = "The merchant gives the product away: every SKU is priced 0. Review shows it to the admin.")
        boolean free,
        Long minPriceMinor, Long maxPriceMinor, int totalStock, Instant createdAt, Instant updatedAt,
        @Schema(nullable = true) Instant submittedAt, @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true) Instant listedAt) {

    public static MerchantProductView of(Product p, List<Sku> skus, List<Long> keywordIds, List<Long> tagIds) {
        return new MerchantProductView(p.id, p.name, p.slug, p.categoryId, p.brandId, p.seriesId, keywordIds, tagIds,
                p.descriptionHtml, p.parameters, p.packaging, p.afterSales, p.currency, p.attributes,
                skus.stream().map(SkuView::of).toList(), p.status.name().toLowerCase(), p.listed, p.isVisibleToShoppers(),
                p.rejectionReason, p.free, p.minPriceMinor, p.maxPriceMinor, skus.stream().mapToInt(s -> s.stock).sum(), p.createdAt,
                p.updatedAt, p.submittedAt, p.reviewedAt, p.listedAt);
    }
}
