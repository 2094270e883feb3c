package io.bazaar.members.messages.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of message attachments: uploads in flight (no message yet) and the images attached to messages, in order. */
@ApplicationScoped
public class AttachmentRepository {

    /** One uploaded (or announced) image; messageId is null until it is attached. */
    public record Upload(UUID id, UUID uploaderId, Long messageId, String objectKey, String contentType, long sizeBytes) {
    }

    private static final String COLUMNS = "id, uploader_id, message_id, object_key, content_type, size_bytes";

    private final Pool pool;

    AttachmentRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(Upload u, Instant at) {
        return pool.preparedQuery("insert into message_attachments (id, uploader_id, object_key, content_type, size_bytes, "
                + "created_at) values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(u.id(), u.uploaderId(), u.objectKey(), u.contentType(), u.sizeBytes(),
                        at.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /** The account's uploads not attached to a message, created since the cut-off. */
    public Uni<Long> countPending(UUID uploaderId, Instant since) {
        return pool.preparedQuery("select count(*) from message_attachments where uploader_id = $1 and message_id is null "
                + "and created_at >= $2").execute(Tuple.of(uploaderId, since.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The account's unattached uploads among these ids, locked for attaching. */
    public Uni<List<Upload>> pendingOf(SqlClient tx, UUID uploaderId, List<UUID> ids) {
        return tx.preparedQuery("select " + COLUMNS + " from message_attachments "
                + "where id = any($1) and uploader_id = $2 and message_id is null for update")
                .execute(Tuple.of(ids.toArray(UUID[]::new), uploaderId)).map(AttachmentRepository::uploads);
    }

    public Uni<Void> attach(SqlClient tx, UUID id, long messageId, int position) {
        return tx.preparedQuery("update message_attachments set message_id = $2, position = $3 where id = $1")
                .execute(Tuple.of(id, messageId, position)).replaceWithVoid();
    }

    /** The images of these messages, by message and position. */
    public Uni<List<Upload>> ofMessages(Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery("select " + COLUMNS + " from message_attachments where message_id = any($1) "
                + "order by message_id, position").execute(Tuple.of(messageIds.toArray(Long[]::new)))
                .map(AttachmentRepository::uploads);
    }

    /**
     * Deletes up to limit uploads never attached and older than the cut-off; returns their object keys. The rows go
     * first, so an image attached meanwhile is never deleted, and an object whose deletion fails is only an orphan.
     */
    public Uni<List<String>> deleteAbandoned(Instant before, int limit) {
        return pool.preparedQuery("delete from message_attachments where id in (select id from message_attachments "
                + "where message_id is null and created_at < $1 order by created_at limit $2 for update skip locked) "
                + "and message_id is null returning object_key")
                .execute(Tuple.of(before.atOffset(ZoneOffset.UTC), limit)).map(rows -> {
                    List<String> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(row.getString("object_key")));
                    return keys;
                });
    }

    private static List<Upload> uploads(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<Upload> uploads = new ArrayList<>();
        rows.forEach(row -> uploads.add(new Upload(row.getUUID("id"), row.getUUID("uploader_id"), row.getLong("message_id"),
                row.getString("object_key"), row.getString("content_type"), row.getLong("size_bytes"))));
        return uploads;
    }
}
