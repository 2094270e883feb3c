package io.bazaar.catalog.merchant;

import java.util.List;
import java.util.Map;

import io.bazaar.catalog.product.AttributeSpec;

/** A draft that passed every rule, with the SKU combinations in canonical form and the term names for search. */
record CheckedDraft(ProductDraft draft, List<AttributeSpec> attributes, List<Map<String, String>> skuCombinations,
        String sanitizedDescription, String termNames) {
}
