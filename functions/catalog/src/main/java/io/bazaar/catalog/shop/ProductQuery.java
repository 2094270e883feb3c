package io.bazaar.catalog.shop;

import java.util.List;
import java.util.Map;

import io.bazaar.platform.paging.PageRequest;

/**
 * A validated catalog search: free text, filters, order and page. Tags narrow (a product needs all of them),
 * brands widen (a product has one brand, so any of them), and attribute values must all hold for one SKU. A minimum
 * rating (1-5 stars) keeps rated products whose average is at least that. A shop (merchant id) keeps its products.
 */
public record ProductQuery(String text, java.util.UUID merchantIdOrNull, Long categoryId, List<Long> tagIds, List<Long> brandIds, Long priceMinMinor,
        Long priceMaxMinor, boolean inStockOnly, Map<String, String> skuAttributes, String currency, Integer minRating,
        SortOrder sort, PageRequest page) {

    public boolean hasText() {
        return text != null;
    }
}
