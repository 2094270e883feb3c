package io.bazaar.members.messages.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.members.messages.repository.AttachmentRepository;
import io.bazaar.members.messages.repository.AttachmentRepository.Upload;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.image.ImageObjects;
import io.bazaar.platform.image.ImageType;
import io.bazaar.platform.image.UploadRequest;
import io.bazaar.platform.image.UploadTicket;
import io.bazaar.platform.image.UploadedImages;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Images of messages, uploaded as return photos are (the platform's presigned PUT and upload check) into a private
 * bucket: a row and a signed URL first, the check when the message that names them is posted; answers carry signed
 * download URLs that expire soon, and only the thread's two parties are ever given them. JPEG, PNG and WEBP only.
 * Uploads never attached are dropped by {@link #cleanUp}.
 */
@ApplicationScoped
public class MessageAttachments {

    private static final Logger LOG = Logger.getLogger(MessageAttachments.class);
    private static final Set<ImageType> ALLOWED = EnumSet.of(ImageType.JPEG, ImageType.PNG, ImageType.WEBP);
    private static final int PROBE_BYTES = 64;
    private static final int CLEANUP_BATCH = 500;

    private final AttachmentRepository attachments;
    private final ImageObjects objects;
    private final MessagesConfig config;
    private final Clock clock;

    MessageAttachments(AttachmentRepository attachments, S3Client s3, S3Presigner presigner, BlockingCalls blocking,
            MessagesConfig config, Clock clock) {
        this.attachments = attachments;
        this.objects = new ImageObjects(s3, presigner, blocking, config.attachmentsBucket());
        this.config = config;
        this.clock = clock;
    }

    /** A signed upload URL for one image of the uploader's next message; 400 for a type or size not allowed. */
    public Uni<UploadTicket> start(UUID uploaderId, UploadRequest request) {
        if (ImageType.ofContentType(request.contentType()).filter(ALLOWED::contains).isEmpty()) {
            throw ProblemException.invalid(new FieldError("contentType", "must be one of image/jpeg, image/png, image/webp"));
        }
        ImageType type = UploadedImages.checkRequest(request, config.maxAttachmentBytes());
        Instant now = clock.instant();
        return attachments.countPending(uploaderId, now.minus(config.attachmentPendingMaxAge())).chain(pending -> {
            if (pending >= config.maxPendingAttachments()) {
                throw ProblemException.tooManyRequests("too-many-attachment-uploads", "You have " + pending
                        + " images not attached to a message yet; send the message or wait a while.");
            }
            UUID id = UUID.randomUUID();
            Upload upload = new Upload(id, uploaderId, null, "messages/" + uploaderId + "/" + id, type.contentType(),
                    request.sizeBytes());
            return attachments.insert(upload, now)
                    .chain(() -> objects.presignUpload(upload.objectKey(), upload.contentType(), upload.sizeBytes(),
                            config.attachmentUploadTtl()))
                    .map(signed -> new UploadTicket(id, signed.url().toString(), "PUT",
                            Map.of("Content-Type", upload.contentType()), signed.expiration()));
        });
    }

    /** Checks the ids a message names before anything is written: at most the limit, each once; 400 otherwise. */
    public void checkIds(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ProblemException.invalid(new FieldError("attachmentIds", "names an image twice"));
        }
        if (ids.size() > config.maxAttachments()) {
            throw ProblemException.invalid(new FieldError("attachmentIds", "at most " + config.maxAttachments() + " images"));
        }
        if (ids.contains(null)) {
            throw ProblemException.invalid(new FieldError("attachmentIds", "names no image"));
        }
    }

    /**
     * Attaches the uploader's pending uploads to the new message, in the given order, each checked against what was
     * declared; 422 for one that is not the uploader's pending upload or fails the check (the transaction then rolls back).
     */
    public Uni<Void> attach(SqlClient tx, UUID uploaderId, long messageId, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return attachments.pendingOf(tx, uploaderId, ids).chain(found -> {
            Map<UUID, Upload> byId = new HashMap<>();
            found.forEach(u -> byId.put(u.id(), u));
            for (UUID id : ids) {
                if (!byId.containsKey(id)) {
                    throw ProblemException.unprocessable("attachment-not-found",
                            "Image " + id + " is not an upload of yours waiting for a message.");
                }
            }
            return Multi.createFrom().range(0, ids.size()).onItem().transformToUniAndConcatenate(i -> {
                Upload u = byId.get(ids.get(i));
                return UploadedImages.inspect(objects, u.objectKey(), u.contentType(), Math.toIntExact(u.sizeBytes()),
                        new UploadedImages.Limits(config.maxAttachmentBytes(), PROBE_BYTES))
                        .chain(() -> attachments.attach(tx, u.id(), messageId, i));
            }).collect().last().replaceWithVoid();
        });
    }

    /** The images of these messages with download URLs valid for the configured (short) time, by message id. */
    public Uni<Map<Long, List<Attachment>>> of(List<Long> messageIds) {
        return attachments.ofMessages(messageIds).chain(list -> list.isEmpty() ? Uni.createFrom().item(Map.of())
                : Multi.createFrom().iterable(list).onItem().transformToUniAndConcatenate(u -> objects
                        .presignDownload(u.objectKey(), config.attachmentUrlTtl())
                        .map(signed -> Map.entry(u.messageId(), new Attachment(u.id(), u.contentType(), signed.url().toString()))))
                        .collect().asList().map(entries -> {
                            Map<Long, List<Attachment>> byMessage = new LinkedHashMap<>();
                            entries.forEach(e -> byMessage.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                            return byMessage;
                        }));
    }

    /** Drops uploads never attached to a message that are older than the pending age, objects too; returns how many. */
    public Uni<Integer> cleanUp(Instant now) {
        return attachments.deleteAbandoned(now.minus(config.attachmentPendingMaxAge()), CLEANUP_BATCH)
                .chain(keys -> keys.isEmpty() ? Uni.createFrom().item(0)
                        : objects.deleteAll(keys).invoke(deleted -> {
                            if (deleted.size() < keys.size()) {
                                LOG.warnf("%d of %d abandoned message attachments could not be deleted from S3",
                                        keys.size() - deleted.size(), keys.size());
                            }
                        }).replaceWith(keys.size()));
    }
}
