package io.bazaar.identity.avatar;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.image.ImageObjects;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The avatars bucket: the platform's {@link ImageObjects} calls (signed upload URLs, the checks of an upload, deletes)
 * plus moving a checked upload to its public key, on worker threads.
 */
@ApplicationScoped
public class AvatarStore {

    private final S3Client s3;
    private final BlockingCalls blocking;
    private final ImageObjects objects;

    AvatarStore(S3Client s3, S3Presigner presigner, BlockingCalls blocking, AvatarConfig config) {
        this.s3 = s3;
        this.blocking = blocking;
        this.objects = new ImageObjects(s3, presigner, blocking, config.bucket());
    }

    Uni<PresignedPutObjectRequest> presignUpload(String key, String contentType, long sizeBytes, Duration ttl) {
        return objects.presignUpload(key, contentType, sizeBytes, ttl);
    }

    Uni<Optional<Long>> sizeOf(String key) {
        return objects.sizeOf(key);
    }

    Uni<byte[]> head(String key, int count) {
        return objects.head(key, count);
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
