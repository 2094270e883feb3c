package io.bazaar.catalog.shop;

/** How many products of a result set have a given brand or tag. */
public record FacetCount(long id, String name, long count) {
}
