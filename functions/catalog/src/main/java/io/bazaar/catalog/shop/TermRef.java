package io.bazaar.catalog.shop;

/** A merchant's brand, series, keyword or tag as shoppers see it: enough to show it and to filter by it. */
public record TermRef(long id, String name) {
}
