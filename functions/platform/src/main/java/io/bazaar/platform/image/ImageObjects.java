package io.bazaar.platform.image;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The S3 calls an area makes on an images bucket (signed upload URLs, size and first bytes of an upload, deletes),
 * on worker threads; each area keeps its objects under its own key prefix and builds one of these for its bucket.
 */
public class ImageObjects {

    private static final Logger LOG = Logger.getLogger(ImageObjects.class);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final BlockingCalls blocking;
    private final String bucket;

    public ImageObjects(S3Client s3, S3Presigner presigner, BlockingCalls blocking, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.blocking = blocking;
        this.bucket = bucket;
    }

    public String bucket() {
        return bucket;
    }

    /**
     * The public base URL of a bucket's objects: the configured CDN, else the bucket at the emulator, else its S3 URL;
     * without a trailing slash.
     */
    public static String publicBaseUrl(Optional<String> cdnBaseUrl, String bucket, AwsConfig aws) {
        return cdnBaseUrl.filter(url -> !url.isBlank())
                .or(() -> aws.endpointOverride().map(endpoint -> endpoint.toString().replaceAll("/+$", "") + "/" + bucket))
                .orElse("https://" + bucket + ".s3." + aws.region() + ".amazonaws.com")
                .replaceAll("/+$", "");
    }

    /** A PUT URL that S3 honours only with exactly this content type and length, until it expires. */
    public Uni<PresignedPutObjectRequest> presignUpload(String key, String contentType, long sizeBytes, Duration ttl) {
        return blocking.run(() -> presigner.presignPutObject(r -> r.signatureDuration(ttl)
                .putObjectRequest(p -> p.bucket(bucket).key(key).contentType(contentType).contentLength(sizeBytes))));
    }

    /** A GET URL of an object in a private bucket (e.g. return photos), valid for ttl. */
    public Uni<PresignedGetObjectRequest> presignDownload(String key, Duration ttl) {
        return blocking.run(() -> presigner.presignGetObject(r -> r.signatureDuration(ttl)
                .getObjectRequest(g -> g.bucket(bucket).key(key))));
    }

    /** The object's size, or empty when there is no such object. */
    public Uni<Optional<Long>> sizeOf(String key) {
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
    public Uni<byte[]> head(String key, int count) {
        return blocking.run(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(key).range("bytes=0-" + (count - 1)))
                .asByteArray());
    }

    public Uni<Void> delete(String key) {
        return blocking.run(() -> {
            s3.deleteObject(r -> r.bucket(bucket).key(key));
        });
    }

    /** Deletes up to 1000 objects in one request; returns the keys S3 confirmed (missing objects count as deleted). */
    public Uni<Set<String>> deleteAll(List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return blocking.run(() -> {
            List<ObjectIdentifier> objects = keys.stream().map(k -> ObjectIdentifier.builder().key(k).build()).toList();
            DeleteObjectsResponse response = s3.deleteObjects(r -> r.bucket(bucket).delete(d -> d.objects(objects).quiet(false)));
            response.errors().forEach(e -> LOG.warnf("Could not delete s3://%s/%s: %s %s", bucket, e.key(), e.code(), e.message()));
            return response.deleted().stream().map(DeletedObject::key).collect(Collectors.toSet());
        });
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
