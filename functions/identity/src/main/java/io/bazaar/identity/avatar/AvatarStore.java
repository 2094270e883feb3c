package io.bazaar.identity.avatar;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.aws.BlockingCalls;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/** The avatars bucket: signed upload URLs, the checks of an upload, and moving it to its public key, on worker threads. */
@ApplicationScoped
public class AvatarStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final BlockingCalls blocking;
    private final String bucket;

    AvatarStore(S3Client s3, S3Presigner presigner, BlockingCalls blocking, AvatarConfig config) {
        this.s3 = s3;
        this.presigner = presigner;
        this.blocking = blocking;
        this.bucket = config.bucket();
    }

    /** A PUT URL that S3 honours only with exactly this content type and length, until it expires. */
    Uni<PresignedPutObjectRequest> presignUpload(String key, String contentType, long sizeBytes, Duration ttl) {
        return blocking.run(() -> presigner.presignPutObject(r -> r.signatureDuration(ttl)
                .putObjectRequest(p -> p.bucket(bucket).key(key).contentType(contentType).contentLength(sizeBytes))));
    }

    /** The object's size, or empty when there is no such object. */
    Uni<Optional<Long>> sizeOf(String key) {
        return blocking.run(() -> {
            try {
                return Optional.of(s3.headObject(r -> r.bucket(bucket).key(key)).contentLength());
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** Up to count leading bytes of the object. */
    Uni<byte[]> head(String key, int count) {
        return blocking.run(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(key).range("bytes=0-" + (count - 1)))
                .asByteArray());
    }

    /** Copies a checked upload to its public key (cached for good: a new avatar gets a new key) and drops the upload. */
    Uni<Void> publish(String uploadKey, String publicKey, String contentType) {
        return blocking.run(() -> {
            s3.copyObject(r -> r.sourceBucket(bucket).sourceKey(uploadKey).destinationBucket(bucket).destinationKey(publicKey)
                    .contentType(contentType).metadataDirective("REPLACE").cacheControl("public, max-age=31536000, immutable"));
            s3.deleteObject(r -> r.bucket(bucket).key(uploadKey));
        });
    }

    public Uni<Void> delete(String key) {
        return blocking.run(() -> {
            s3.deleteObject(r -> r.bucket(bucket).key(key));
        });
    }
}
