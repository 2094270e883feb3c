package io.bazaar.catalog.shop;

/** One category on the way from the root to a product's category, for breadcrumbs. */
public record CategoryStep(long id, String name, String slug) {
}
