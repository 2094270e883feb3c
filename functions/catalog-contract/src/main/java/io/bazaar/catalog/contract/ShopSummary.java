package io.bazaar.catalog.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * A merchant's shop as shoppers see it: how many of its products they may see, the newest few of them, and its
 * rating from reviews.
 *
 * @param newestProductIds up to {@link CatalogShops#NEWEST} visible products, newest listed first
 * @param ratingCount      how many published reviews rated the shop's visible products
 * @param ratingSum        the sum of their stars
 */
public record ShopSummary(UUID merchantId, long visibleProducts, List<UUID> newestProductIds, long ratingCount,
        long ratingSum) {

    /** A shop exists for shoppers while it has something they may see. */
    public boolean open() {
        return visibleProducts > 0;
    }

    /** The shop's average rating to two decimals, or null without ratings. */
    public BigDecimal ratingAverageOrNull() {
        return ratingCount == 0 ? null
                : BigDecimal.valueOf(ratingSum).divide(BigDecimal.valueOf(ratingCount), 2, RoundingMode.HALF_UP);
    }
}
