package io.bazaar.catalog.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/** Figures derived the same way on product cards and product pages: the page URL and the average rating. */
public final class ProductLinks {

    private ProductLinks() {
    }

    /** The product page, /p/{id}/{slug}: the id finds it, the slug is for people and search engines. */
    public static String url(UUID id, String slug) {
        return "/p/" + id + "/" + slug;
    }

    /** The average of the ratings to two decimals, or null when nobody has rated it yet. */
    public static BigDecimal ratingAverage(int ratingCount, long ratingSum) {
        return ratingCount == 0 ? null
                : BigDecimal.valueOf(ratingSum).divide(BigDecimal.valueOf(ratingCount), 2, RoundingMode.HALF_UP);
    }
}
