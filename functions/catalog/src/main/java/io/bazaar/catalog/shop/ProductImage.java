package io.bazaar.catalog.shop;

import java.util.UUID;

/** An attached picture of a product, in gallery order. */
public record ProductImage(UUID id, String url, Integer width, Integer height) {
}
