package io.bazaar.catalog.image;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.image.ImageType;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Checks what a client really uploaded against what it declared: the object exists, its size is allowed and as
 * declared, its first bytes are the declared image type. A bad object is deleted at once; the row stays PENDING.
 */
@ApplicationScoped
public class ImageInspection {

    /** What an accepted upload turned out to be; the dimensions are empty if the header could not be read. */
    record Inspected(long sizeBytes, ImageDimensions.Size sizeOrNull) {
    }

    private final ImageStore store;
    private final ImageConfig config;

    ImageInspection(ImageStore store, ImageConfig config) {
        this.store = store;
        this.config = config;
    }

    Uni<Inspected> inspect(ProductImage image) {
        ImageType declared = ImageType.ofContentType(image.contentType).orElseThrow();
        return store.sizeOf(image.objectKey).chain(size -> {
            if (size.isEmpty()) {
                throw ProblemException.unprocessable("upload-missing", "Nothing was uploaded for this image yet.");
            }
            long actual = size.get();
            if (actual > config.maxImageBytes()) {
                return rejected(image, "image-too-large", "The upload is larger than " + config.maxImageBytes() + " bytes.");
            }
            if (image.sizeBytes == null || actual != image.sizeBytes) {
                return rejected(image, "size-mismatch",
                        "The upload has " + actual + " bytes, but " + image.sizeBytes + " were declared.");
            }
            return store.head(image.objectKey, config.probeBytes()).chain(head -> {
                var found = ImageType.sniff(head);
                if (found.isEmpty()) {
                    return rejected(image, "not-an-image", "The upload is not a JPEG, PNG, WEBP or GIF image.");
                }
                if (found.get() != declared) {
                    return rejected(image, "image-type-mismatch", "The upload is " + found.get().contentType()
                            + ", but " + declared.contentType() + " was declared.");
                }
                return Uni.createFrom().item(new Inspected(actual, ImageDimensions.of(declared, head).orElse(null)));
            });
        });
    }

    private Uni<Inspected> rejected(ProductImage image, String type, String detail) {
        return store.delete(image.objectKey).chain(() -> Uni.createFrom().failure(ProblemException.unprocessable(type, detail)));
    }
}
