package io.bazaar.catalog.shop;

import java.util.List;

/** A product's category with its path from the root (the category itself last), for breadcrumbs. */
public record CategoryTrail(long id, String name, List<CategoryStep> path) {
}
