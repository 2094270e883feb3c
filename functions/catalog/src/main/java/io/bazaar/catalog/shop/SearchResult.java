package io.bazaar.catalog.shop;

import java.util.List;

/** One page of a catalog search with the facets of the whole result set. */
public record SearchResult(List<ProductCard> items, int page, int size, long total, Facets facets) {
}
