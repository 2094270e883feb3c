package io.bazaar.catalog.shop;

import java.util.List;

/** Counts over the whole filtered result set (not just the page), so the shop can offer the next filter. */
public record Facets(List<FacetCount> brands, List<FacetCount> tags, List<PriceBucket> priceBuckets) {
}
