package io.bazaar.orders.returns.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.orders.returns.repository.ReturnPhotoRepository;
import io.bazaar.orders.returns.repository.ReturnPhotoRepository.Upload;
import io.bazaar.orders.returns.rest.PhotoUploadRequest;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.image.ImageObjects;
import io.bazaar.platform.image.ImageType;
import io.bazaar.platform.image.UploadedImages;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Photos of a return, uploaded as product images are (the platform's presigned PUT and upload check, see
 * docs/decisions/product-images.md) into a private bucket: a row and a signed URL first, then the check when the
 * return that names them is asked for; responses carry signed download URLs that expire. Uploads never attached are
 * dropped by {@link #cleanUp}.
 */
@ApplicationScoped
public class ReturnPhotos {

    private static final Logger LOG = Logger.getLogger(ReturnPhotos.class);
    private static final int PROBE_BYTES = 64;
    private static final int CLEANUP_BATCH = 500;

    private final ReturnPhotoRepository photos;
    private final ImageObjects objects;
    private final ReturnsConfig config;
    private final Clock clock;

    ReturnPhotos(ReturnPhotoRepository photos, S3Client s3, S3Presigner presigner, BlockingCalls blocking,
            ReturnsConfig config, Clock clock) {
        this.photos = photos;
        this.objects = new ImageObjects(s3, presigner, blocking, config.photosBucket());
        this.config = config;
        this.clock = clock;
    }

    public Uni<ReturnPhotoTicket> start(UUID accountId, PhotoUploadRequest request) {
        ImageType type = ImageType.ofContentType(request.contentType()).orElseThrow(() -> ProblemException.invalid(
                new FieldError("contentType", "must be one of " + ImageType.allowed())));
        if (request.sizeBytes() > config.maxPhotoBytes()) {
            throw ProblemException.invalid(new FieldError("sizeBytes", "must be at most " + config.maxPhotoBytes() + " bytes"));
        }
        Instant now = clock.instant();
        return photos.countPending(accountId, now.minus(config.photoPendingMaxAge())).chain(pending -> {
            if (pending >= config.maxPendingPhotos()) {
                throw ProblemException.tooManyRequests("too-many-photo-uploads", "You have " + pending
                        + " photo uploads not attached to a return yet; ask for the return or wait a while.");
            }
            UUID id = UUID.randomUUID();
            Upload upload = new Upload(id, accountId, "returns/" + accountId + "/" + id, type.contentType(), request.sizeBytes());
            return photos.insert(upload, now)
                    .chain(() -> objects.presignUpload(upload.objectKey(), upload.contentType(),
                            upload.sizeBytes(), config.photoUploadTtl()))
                    .map(signed -> new ReturnPhotoTicket(id, signed.url().toString(), "PUT", Map.of("Content-Type", upload.contentType()),
                            signed.expiration()));
        });
    }

    /**
     * Attaches the shopper's uploads to the new return, in the given order, each checked against what was declared;
     * 422 for one that is not the shopper's pending upload or fails the check (nothing is attached then).
     */
    public Uni<Void> attach(SqlClient tx, UUID accountId, UUID returnId, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<UUID> distinct = new HashSet<>(ids);
        if (distinct.size() != ids.size()) {
            throw ProblemException.invalid(new FieldError("photoIds", "names a photo twice"));
        }
        if (ids.size() > config.maxPhotos()) {
            throw ProblemException.invalid(new FieldError("photoIds", "at most " + config.maxPhotos() + " photos"));
        }
        return photos.pendingOf(tx, accountId, ids).chain(found -> {
            Map<UUID, Upload> byId = new HashMap<>();
            found.forEach(u -> byId.put(u.id(), u));
            for (UUID id : ids) {
                if (!byId.containsKey(id)) {
                    throw ProblemException.unprocessable("photo-not-found",
                            "Photo " + id + " is not an upload of yours waiting for a return.");
                }
            }
            return Multi.createFrom().range(0, ids.size()).onItem().transformToUniAndConcatenate(i -> {
                Upload u = byId.get(ids.get(i));
                return UploadedImages.inspect(objects, u.objectKey(), u.contentType(), Math.toIntExact(u.sizeBytes()),
                        new UploadedImages.Limits(config.maxPhotoBytes(), PROBE_BYTES))
                        .chain(() -> photos.attach(tx, u.id(), returnId, i));
            }).collect().last().replaceWithVoid();
        });
    }

    /** The return's photos with download URLs valid for the configured time. */
    public Uni<List<ReturnPhoto>> of(UUID returnId) {
        return photos.ofReturn(returnId).chain(list -> list.isEmpty() ? Uni.createFrom().item(List.<ReturnPhoto>of())
                : Multi.createFrom().iterable(list).onItem().transformToUniAndConcatenate(u -> objects
                        .presignDownload(u.objectKey(), config.photoUrlTtl())
                        .map(signed -> new ReturnPhoto(u.id(), signed.url().toString())))
                        .collect().asList());
    }

    @Scheduled(every = "${bazaar.orders.return-photo-cleanup-every:15m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return cleanUp(clock.instant()).replaceWithVoid();
    }

    /** Drops uploads never attached to a return that are older than the pending age, objects too; returns how many. */
    public Uni<Integer> cleanUp(Instant now) {
        return photos.deleteAbandoned(now.minus(config.photoPendingMaxAge()), CLEANUP_BATCH).chain(keys -> keys.isEmpty()
                ? Uni.createFrom().item(0)
                : objects.deleteAll(keys).invoke(deleted -> {
                    if (deleted.size() < keys.size()) {
                        LOG.warnf("%d of %d abandoned return photos could not be deleted from S3", keys.size() - deleted.size(),
                                keys.size());
                    }
                }).replaceWith(keys.size()));
    }
}
