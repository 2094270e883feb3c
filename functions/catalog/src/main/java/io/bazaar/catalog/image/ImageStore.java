package io.bazaar.catalog.image;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.CatalogConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.image.ImageObjects;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/** The catalog's images bucket in S3 (objects under products/ and imports/), through the platform's ImageObjects. */
@ApplicationScoped
public class ImageStore {

    private final ImageObjects objects;

    ImageStore(S3Client s3, S3Presigner presigner, BlockingCalls blocking, CatalogConfig config) {
        this.objects = new ImageObjects(s3, presigner, blocking, config.imagesBucket());
    }

    ImageObjects objects() {
        return objects;
    }

    /** A PUT URL that S3 honours only with exactly this content type and length, until it expires. */
    public Uni<PresignedPutObjectRequest> presignUpload(String key, String contentType, long sizeBytes, Duration ttl) {
        return objects.presignUpload(key, contentType, sizeBytes, ttl);
    }

    /** The object's size, or empty when there is no such object. */
    public Uni<Optional<Long>> sizeOf(String key) {
        return objects.sizeOf(key);
    }

    /** Up to count leading bytes of the object. */
    public Uni<byte[]> head(String key, int count) {
        return objects.head(key, count);
    }

    public Uni<Void> delete(String key) {
        return objects.delete(key);
    }

    /** Deletes up to 1000 objects in one request; returns the keys S3 confirmed (missing objects count as deleted). */
    public Uni<Set<String>> deleteAll(List<String> keys) {
        return objects.deleteAll(keys);
    }

    /** Stores the bytes under the key unless an object is there already (keys named by content never change). */
    public Uni<Boolean> putIfAbsent(String key, byte[] bytes, String contentType) {
        return objects.putIfAbsent(key, bytes, contentType);
    }
}
