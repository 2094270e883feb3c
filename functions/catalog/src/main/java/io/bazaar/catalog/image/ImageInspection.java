package io.bazaar.catalog.image;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.image.UploadedImages;
import io.smallrye.mutiny.Uni;

/**
 * Checks what a merchant really uploaded against what it declared, by the platform's rules for uploaded images
 * ({@link UploadedImages}); a bad object is deleted at once and the row stays PENDING.
 */
@ApplicationScoped
public class ImageInspection {

    private final ImageStore store;
    private final ImageConfig config;

    ImageInspection(ImageStore store, ImageConfig config) {
        this.store = store;
        this.config = config;
    }

    Uni<UploadedImages.Inspected> inspect(ProductImage image) {
        return UploadedImages.inspect(store.objects(), image.objectKey, image.contentType, image.sizeBytes,
                new UploadedImages.Limits(config.maxImageBytes(), config.probeBytes()));
    }
}
