package io.bazaar.catalog.image;

import java.util.UUID;

/** An attached image as the merchant centre shows it; position 0 is the main image. */
public record ImageView(UUID id, String url, String contentType, Integer sizeBytes, Integer width, Integer height,
        int position) {

    static ImageView of(ProductImage image, String url) {
        return new ImageView(image.id, url, image.contentType, image.sizeBytes, image.width, image.height, image.position);
    }
}
