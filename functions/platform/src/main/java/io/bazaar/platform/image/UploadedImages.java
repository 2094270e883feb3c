package io.bazaar.platform.image;

import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Checks what a browser really uploaded with a presigned PUT against what it declared: the object exists, its size is
 * allowed and as declared, its first bytes are the declared image type. A bad object is deleted at once; the caller
 * keeps its row pending for another try. The same rules for product and review pictures.
 */
public final class UploadedImages {

    /** What an accepted upload turned out to be; the dimensions are null if the header could not be read. */
    public record Inspected(long sizeBytes, ImageDimensions.Size sizeOrNull) {

        public Integer widthOrNull() {
            return sizeOrNull == null ? null : sizeOrNull.width();
        }

        public Integer heightOrNull() {
            return sizeOrNull == null ? null : sizeOrNull.height();
        }
    }

    /** The upload limits: largest object, and how many leading bytes are read to recognise it. */
    public record Limits(long maxBytes, int probeBytes) {
    }

    private UploadedImages() {
    }

    /** Checks the type a client asked to upload and its size before a URL is signed; 400 with a field error if not. */
    public static ImageType checkRequest(UploadRequest request, long maxBytes) {
        ImageType type = ImageType.ofContentType(request.contentType()).orElseThrow(() -> ProblemException.invalid(
                new FieldError("contentType", "must be one of " + ImageType.allowed())));
        if (request.sizeBytes() > maxBytes) {
            throw ProblemException.invalid(new FieldError("sizeBytes",
                    "must be at most " + maxBytes + " bytes"));
        }
        return type;
    }

    /** Inspects the object under key, declared as contentType with declaredBytes (null: not declared). */
    public static Uni<Inspected> inspect(ImageObjects objects, String key, String contentType, Integer declaredBytes,
            Limits limits) {
        ImageType declared = ImageType.ofContentType(contentType).orElseThrow();
        return objects.sizeOf(key).chain(size -> {
            if (size.isEmpty()) {
                throw ProblemException.unprocessable("upload-missing", "Nothing was uploaded for this image yet.");
            }
            long actual = size.get();
            if (actual > limits.maxBytes()) {
                return rejected(objects, key, "image-too-large", "The upload is larger than " + limits.maxBytes() + " bytes.");
            }
            if (declaredBytes == null || actual != declaredBytes) {
                return rejected(objects, key, "size-mismatch",
                        "The upload has " + actual + " bytes, but " + declaredBytes + " were declared.");
            }
            return objects.head(key, limits.probeBytes()).chain(head -> {
                var found = ImageType.sniff(head);
                if (found.isEmpty()) {
                    return rejected(objects, key, "not-an-image", "The upload is not a JPEG, PNG, WEBP or GIF image.");
                }
                if (found.get() != declared) {
                    return rejected(objects, key, "image-type-mismatch", "The upload is " + found.get().contentType()
                            + ", but " + declared.contentType() + " was declared.");
                }
                return Uni.createFrom().item(new Inspected(actual, ImageDimensions.of(declared, head).orElse(null)));
            });
        });
    }

    private static Uni<Inspected> rejected(ImageObjects objects, String key, String type, String detail) {
        return objects.delete(key).chain(() -> Uni.createFrom().failure(ProblemException.unprocessable(type, detail)));
    }
}
