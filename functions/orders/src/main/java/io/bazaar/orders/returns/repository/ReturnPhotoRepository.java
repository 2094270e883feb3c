package io.bazaar.orders.returns.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of return photos: uploads in flight (no return yet) and the photos attached to a return, in order. */
@ApplicationScoped
public class ReturnPhotoRepository {

    /** One uploaded (or announced) photo. */
    public record Upload(UUID id, UUID accountId, String objectKey, String contentType, long sizeBytes) {
    }

    private final Pool pool;

    ReturnPhotoRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(Upload u, Instant at) {
        return pool.preparedQuery("insert into order_return_photos (id, account_id, object_key, content_type, size_bytes, "
                + "created_at) values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(u.id(), u.accountId(), u.objectKey(), u.contentType(), u.sizeBytes(), at.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /** The shopper's uploads not attached to a return, created since the cut-off. */
    public Uni<Long> countPending(UUID accountId, Instant since) {
        return pool.preparedQuery("select count(*) from order_return_photos where account_id = $1 and return_id is null "
                + "and created_at >= $2").execute(Tuple.of(accountId, since.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The shopper's unattached uploads among these ids, locked for attaching. */
    public Uni<List<Upload>> pendingOf(SqlClient tx, UUID accountId, List<UUID> ids) {
        return tx.preparedQuery("select id, account_id, object_key, content_type, size_bytes from order_return_photos "
                + "where id = any($1) and account_id = $2 and return_id is null for update")
                .execute(Tuple.of(ids.toArray(UUID[]::new), accountId)).map(rows -> {
                    List<Upload> uploads = new ArrayList<>();
                    rows.forEach(row -> uploads.add(new Upload(row.getUUID("id"), row.getUUID("account_id"),
                            row.getString("object_key"), row.getString("content_type"), row.getLong("size_bytes"))));
                    return uploads;
                });
    }

    public Uni<Void> attach(SqlClient tx, UUID photoId, UUID returnId, int position) {
        return tx.preparedQuery("update order_return_photos set return_id = $2, position = $3 where id = $1")
                .execute(Tuple.of(photoId, returnId, position)).replaceWithVoid();
    }

    /** Object keys of the return's photos, by id, in their order. */
    public Uni<List<Upload>> ofReturn(UUID returnId) {
        return pool.preparedQuery("select id, account_id, object_key, content_type, size_bytes from order_return_photos "
                + "where return_id = $1 order by position").execute(Tuple.of(returnId)).map(rows -> {
                    List<Upload> photos = new ArrayList<>();
                    rows.forEach(row -> photos.add(new Upload(row.getUUID("id"), row.getUUID("account_id"),
                            row.getString("object_key"), row.getString("content_type"), row.getLong("size_bytes"))));
                    return photos;
                });
    }

    /**
     * Deletes up to limit uploads never attached and older than the cut-off; returns their object keys. The rows go
     * first, so a photo attached meanwhile is never deleted, and an object whose deletion fails is only an orphan.
     */
    public Uni<List<String>> deleteAbandoned(Instant before, int limit) {
        return pool.preparedQuery("delete from order_return_photos where id in (select id from order_return_photos "
                + "where return_id is null and created_at < $1 order by created_at limit $2 for update skip locked) "
                + "and return_id is null returning object_key")
                .execute(Tuple.of(before.atOffset(ZoneOffset.UTC), limit)).map(rows -> {
                    List<String> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(row.getString("object_key")));
                    return keys;
                });
    }
}
