package io.bazaar.catalog.image;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attached image as the merchant centre shows it; position 0 is the main image. */
public record ImageView(UUID id, String url, String contentType, @Schema(nullable = true) Integer sizeBytes,
        @Schema(nullable = true) Integer width, @Schema(nullable = true) Integer height, int position) {

    static ImageView of(ProductImage image, String url) {
        return new ImageView(image.id, url, image.contentType, image.sizeBytes, image.width, image.height, image.position);
    }
}
