package io.bazaar.catalog.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A product's ratings as the catalog keeps them: how many, their sum and how many of each star.
 *
 * @param perStar five counts, for 1 to 5 stars
 */
public record RatingSummary(int count, long sum, List<Integer> perStar) {

    /** The average to two decimals, or null without ratings. */
    public BigDecimal averageOrNull() {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
