package io.bazaar.platform.aws;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The S3 calls behind direct browser uploads, for any area's bucket (product images, return photos): signed PUT and
 * GET URLs, and the reads and deletes that check and clean up what was uploaded; on worker threads through
 * {@link BlockingCalls}.
 */
@ApplicationScoped
public class S3Objects {

    private static final Logger LOG = Logger.getLogger(S3Objects.class);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final BlockingCalls blocking;

    S3Objects(S3Client s3, S3Presigner presigner, BlockingCalls blocking) {
        this.s3 = s3;
        this.presigner = presigner;
        this.blocking = blocking;
    }

    /** A PUT URL that S3 honours only with exactly this content type and length, until it expires. */
    public Uni<PresignedPutObjectRequest> presignUpload(String bucket, String key, String contentType, long sizeBytes,
            Duration ttl) {
        return blocking.run(() -> presigner.presignPutObject(r -> r.signatureDuration(ttl)
                .putObjectRequest(p -> p.bucket(bucket).key(key).contentType(contentType).contentLength(sizeBytes))));
    }

    /** A GET URL of an object in a private bucket, valid for ttl. */
    public Uni<PresignedGetObjectRequest> presignDownload(String bucket, String key, Duration ttl) {
        return blocking.run(() -> presigner.presignGetObject(r -> r.signatureDuration(ttl)
                .getObjectRequest(g -> g.bucket(bucket).key(key))));
    }

    /** The object's size, or empty when there is no such object. */
    public Uni<Optional<Long>> sizeOf(String bucket, String key) {
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
    public Uni<byte[]> head(String bucket, String key, int count) {
        return blocking.run(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(key).range("bytes=0-" + (count - 1)))
                .asByteArray());
    }

    public Uni<Void> delete(String bucket, String key) {
        return blocking.run(() -> {
            s3.deleteObject(r -> r.bucket(bucket).key(key));
        });
    }

    /** Deletes up to 1000 objects in one request; returns the keys S3 confirmed (missing objects count as deleted). */
    public Uni<Set<String>> deleteAll(String bucket, List<String> keys) {
        return blocking.run(() -> {
            List<ObjectIdentifier> objects = keys.stream().map(k -> ObjectIdentifier.builder().key(k).build()).toList();
            DeleteObjectsResponse response = s3.deleteObjects(r -> r.bucket(bucket).delete(d -> d.objects(objects).quiet(false)));
            response.errors().forEach(e -> LOG.warnf("Could not delete s3://%s/%s: %s %s", bucket, e.key(), e.code(), e.message()));
            return response.deleted().stream().map(DeletedObject::key).collect(Collectors.toSet());
        });
    }
}
