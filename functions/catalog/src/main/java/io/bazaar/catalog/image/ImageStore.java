package io.bazaar.catalog.image;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.CatalogConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.aws.S3Objects;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The product images bucket in S3: the platform's {@link S3Objects} bound to the catalog's bucket, plus the writes
 * only the catalog does (imported copies).
 */
@ApplicationScoped
public class ImageStore {

    private final S3Objects objects;
    private final S3Client s3;
    private final BlockingCalls blocking;
    private final String bucket;

    ImageStore(S3Objects objects, S3Client s3, BlockingCalls blocking, CatalogConfig config) {
        this.objects = objects;
        this.s3 = s3;
        this.blocking = blocking;
        this.bucket = config.imagesBucket();
    }

    public String bucket() {
        return bucket;
    }

    /** A PUT URL that S3 honours only with exactly this content type and length, until it expires. */
    public Uni<PresignedPutObjectRequest> presignUpload(String key, String contentType, long sizeBytes, Duration ttl) {
        return objects.presignUpload(bucket, key, contentType, sizeBytes, ttl);
    }

    /** The object's size, or empty when there is no such object. */
    public Uni<Optional<Long>> sizeOf(String key) {
        return objects.sizeOf(bucket, key);
    }

    public Uni<Void> delete(String key) {
        return objects.delete(bucket, key);
    }

    /** Deletes up to 1000 objects in one request; returns the keys S3 confirmed (missing objects count as deleted). */
    public Uni<Set<String>> deleteAll(List<String> keys) {
        return objects.deleteAll(bucket, keys);
    }

    /** Stores the bytes under the key unless an object is there already (keys named by content never change). */
    public Uni<Boolean> putIfAbsent(String key, byte[] bytes, String contentType) {
        return sizeOf(key).chain(existing -> existing.isPresent() ? Uni.createFrom().item(false)
                : blocking.run(() -> {
                    s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType)
                            .cacheControl("public, max-age=31536000, immutable"), RequestBody.fromBytes(bytes));
                    return true;
                }));
    }
}
