package io.bazaar.reviews.image;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A review photo: where to load it, and its size in pixels when its header could be read. */
public record ReviewImageView(UUID id, String url, @Schema(nullable = true) Integer width,
        @Schema(nullable = true) Integer height) {
}
