package io.bazaar.platform.image;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.aws.S3Objects;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Checks what a browser really uploaded with a presigned PUT against what it declared: the object exists, its size is
 * allowed and as declared, its first bytes are the declared image type. A bad object is deleted at once and the
 * check fails with a 422 whose type says why (upload-missing, image-too-large, size-mismatch, not-an-image,
 * image-type-mismatch); the caller keeps its row so the client may upload again.
 */
@ApplicationScoped
public class UploadedImages {

    private final S3Objects objects;

    UploadedImages(S3Objects objects) {
        this.objects = objects;
    }

    /** The upload's size and first {@code probeBytes} bytes, once it passed. */
    public record Checked(long sizeBytes, byte[] head) {
    }

    public Uni<Checked> check(String bucket, String key, ImageType declared, Long declaredSize, long maxBytes,
            int probeBytes) {
        return objects.sizeOf(bucket, key).chain(size -> {
            if (size.isEmpty()) {
                throw ProblemException.unprocessable("upload-missing", "Nothing was uploaded for this image yet.");
            }
            long actual = size.get();
            if (actual > maxBytes) {
                return rejected(bucket, key, "image-too-large", "The upload is larger than " + maxBytes + " bytes.");
            }
            if (declaredSize == null || actual != declaredSize) {
                return rejected(bucket, key, "size-mismatch",
                        "The upload has " + actual + " bytes, but " + declaredSize + " were declared.");
            }
            return objects.head(bucket, key, probeBytes).chain(head -> {
                var found = ImageType.sniff(head);
                if (found.isEmpty()) {
                    return rejected(bucket, key, "not-an-image", "The upload is not a JPEG, PNG, WEBP or GIF image.");
                }
                if (found.get() != declared) {
                    return rejected(bucket, key, "image-type-mismatch", "The upload is " + found.get().contentType()
                            + ", but " + declared.contentType() + " was declared.");
                }
                return Uni.createFrom().item(new Checked(actual, head));
            });
        });
    }

    private Uni<Checked> rejected(String bucket, String key, String type, String detail) {
        return objects.delete(bucket, key).chain(() -> Uni.createFrom().failure(ProblemException.unprocessable(type, detail)));
    }
}
