package io.bazaar.catalog.imports.job;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the listings of a job become the merchant's products.
 *
 * @param defaultCategoryId category of listings whose breadcrumbs the mapping does not name
 * @param categoryMapping   the shop's category names (any breadcrumb, or the whole trail joined by " > ") to ours;
 *                          the most specific breadcrumb that is mapped wins
 * @param submitForReview   submit new products for review at once (default: keep them as drafts)
 * @param markupPercent     added to the shop's prices (may be negative), default 0
 * @param stockWhenInStock  stock given to a SKU the shop shows as available (shops do not publish counts), default 10
 * @param maxProducts       most product pages imported (default and ceiling: the deployment's limit)
 */
public record ImportOptions(
        @NotNull(message = "is required") Long defaultCategoryId,
        @Schema(nullable = true) @Size(max = 500, message = "at most 500 entries")
        Map<@NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String,
                @NotNull(message = "must not be null") Long> categoryMapping,
        @Schema(nullable = true) Boolean submitForReview,
        @Schema(nullable = true) @DecimalMin(value = "-90", message = "must be at least -90")
        @DecimalMax(value = "1000", message = "must be at most 1000") BigDecimal markupPercent,
        @Schema(nullable = true) @PositiveOrZero(message = "must not be negative")
        @Max(value = 1_000_000, message = "is too large") Integer stockWhenInStock,
        @Schema(nullable = true) @Positive(message = "must be positive") Integer maxProducts) {

    public static final int DEFAULT_STOCK = 10;

    public Map<String, Long> categoryMappingOrEmpty() {
        return categoryMapping == null ? Map.of() : categoryMapping;
    }

    public boolean submits() {
        return Boolean.TRUE.equals(submitForReview);
    }

    public BigDecimal markupOrZero() {
        return markupPercent == null ? BigDecimal.ZERO : markupPercent;
    }

    public int stockWhenAvailable() {
        return stockWhenInStock == null ? DEFAULT_STOCK : stockWhenInStock;
    }
}
