package io.bazaar.identity.avatar;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.image.ImageObjects;
import io.bazaar.platform.image.ImageType;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The avatars bucket: the platform's {@link ImageObjects} calls (signed upload URLs, the checks of an upload, deletes)
 * plus checking an upload and moving it to its public key, on worker threads; avatars and shop logos.
 */
@ApplicationScoped
public class AvatarStore {

    private static final int PROBE_BYTES = 64;

    private final S3Client s3;
    private final BlockingCalls blocking;
    private final ImageObjects objects;

    AvatarStore(S3Client s3, S3Presigner presigner, BlockingCalls blocking, AvatarConfig config) {
        this.s3 = s3;
        this.blocking = blocking;
        this.objects = new ImageObjects(s3, presigner, blocking, config.bucket());
    }

    public Uni<PresignedPutObjectRequest> presignUpload(String key, String contentType, long sizeBytes, Duration ttl) {
        return objects.presignUpload(key, contentType, sizeBytes, ttl);
    }

    Uni<Optional<Long>> sizeOf(String key) {
        return objects.sizeOf(key);
    }

    Uni<byte[]> head(String key, int count) {
        return objects.head(key, count);
    }

    /**
     * Checks an upload (there, at most maxBytes, a JPEG, PNG, WEBP or GIF by its first bytes) and publishes it under
     * publicKey; a bad upload is deleted and answers 422 ({@code upload-missing}, {@code image-too-large},
     * {@code not-an-image}). Avatars and shop logos alike.
     */
    public Uni<Void> publishChecked(String uploadKey, String publicKey, long maxBytes) {
        return sizeOf(uploadKey).chain(size -> {
            if (size.isEmpty()) {
                throw ProblemException.unprocessable("upload-missing", "Nothing was uploaded under this id (or it expired).");
            }
            if (size.get() > maxBytes) {
                return rejected(uploadKey, "image-too-large", "The upload is larger than " + maxBytes + " bytes.");
            }
            return head(uploadKey, PROBE_BYTES).chain(head -> {
                var type = ImageType.sniff(head);
                if (type.isEmpty()) {
                    return rejected(uploadKey, "not-an-image", "The upload is not a JPEG, PNG, WEBP or GIF image.");
                }
                return publish(uploadKey, publicKey, type.get().contentType());
            });
        });
    }

    private Uni<Void> rejected(String key, String type, String detail) {
        return delete(key).chain(() -> Uni.createFrom().failure(ProblemException.unprocessable(type, detail)));
    }

    /** Copies a checked upload to its public key (cached for good: a new avatar gets a new key) and drops the upload. */
    Uni<Void> publish(String uploadKey, String publicKey, String contentType) {
        String bucket = objects.bucket();
        return blocking.run(() -> {
            s3.copyObject(r -> r.sourceBucket(bucket).sourceKey(uploadKey).destinationBucket(bucket).destinationKey(publicKey)
                    .contentType(contentType).metadataDirective("REPLACE").cacheControl("public, max-age=31536000, immutable"));
            s3.deleteObject(r -> r.bucket(bucket).key(uploadKey));
        });
    }

    public Uni<Void> delete(String key) {
        return objects.delete(key);
    }
}
