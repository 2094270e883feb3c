package io.bazaar.catalog.shop;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attached picture of a product, in gallery order. */
public record ProductImage(UUID id, String url, @Schema(nullable = true) Integer width,
        @Schema(nullable = true) Integer height) {
}
