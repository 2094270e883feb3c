package io.bazaar.catalog.category;

import java.util.List;

/** A category with its children, for navigation. */
public record CategoryView(Long id, String name, String slug, List<CategoryView> children) {
}
