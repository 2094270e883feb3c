package io.bazaar.catalog.image;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.image.ImageType;
import io.bazaar.platform.image.UploadedImages;
import io.smallrye.mutiny.Uni;

/**
 * Checks a product image upload with the platform's {@link UploadedImages} (exists, size, magic number; a bad object
 * is deleted at once and the row stays PENDING) and reads its dimensions.
 */
@ApplicationScoped
public class ImageInspection {

    /** What an accepted upload turned out to be; the dimensions are empty if the header could not be read. */
    record Inspected(long sizeBytes, ImageDimensions.Size sizeOrNull) {
    }

    private final UploadedImages uploads;
    private final ImageStore store;
    private final ImageConfig config;

    ImageInspection(UploadedImages uploads, ImageStore store, ImageConfig config) {
        this.uploads = uploads;
        this.store = store;
        this.config = config;
    }

    Uni<Inspected> inspect(ProductImage image) {
        ImageType declared = ImageType.ofContentType(image.contentType).orElseThrow();
        return uploads.check(store.bucket(), image.objectKey, declared, image.sizeBytes == null ? null : image.sizeBytes.longValue(),
                config.maxImageBytes(), config.probeBytes())
                .map(checked -> new Inspected(checked.sizeBytes(), ImageDimensions.of(declared, checked.head()).orElse(null)));
    }
}
