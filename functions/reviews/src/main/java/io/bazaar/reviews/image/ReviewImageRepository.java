package io.bazaar.reviews.image;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.reviews.review.service.ReviewImage;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of the review_images table. */
@ApplicationScoped
public class ReviewImageRepository {

    private static final String COLUMNS =
            "id, account_id, review_id, object_key, content_type, size_bytes, width, height, status, position, created_at";

    public Uni<Void> insert(SqlClient client, ReviewImage image) {
        return client.preparedQuery("insert into review_images (" + COLUMNS + ") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
                .execute(Tuple.from(Arrays.asList(image.id(), image.accountId(), image.reviewIdOrNull(), image.objectKey(),
                        image.contentType(), image.sizeBytes(), image.width(), image.height(), image.status(),
                        image.position(), image.createdAt().atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }

    /** The shopper's own image; null when there is none (or it is somebody else's). */
    public Uni<ReviewImage> findOwned(SqlClient client, UUID accountId, UUID id) {
        return client.preparedQuery("select " + COLUMNS + " from review_images where id = $1 and account_id = $2")
                .execute(Tuple.of(id, accountId)).map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    public Uni<Void> markReady(SqlClient client, UUID id, int sizeBytes, Integer width, Integer height) {
        return client.preparedQuery("update review_images set status = 'READY', size_bytes = $2, width = $3, height = $4 where id = $1")
                .execute(Tuple.from(Arrays.asList(id, sizeBytes, width, height))).replaceWithVoid();
    }

    /** Uploads of the account not yet in a review and younger than since: how many are in flight. */
    public Uni<Long> countUnattached(SqlClient client, UUID accountId, Instant since) {
        return client.preparedQuery("select count(*) from review_images where account_id = $1 and review_id is null and created_at > $2")
                .execute(Tuple.of(accountId, since.atOffset(ZoneOffset.UTC))).map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Locks those of the ids that the account may put into the review: its own ready images, free or already in this
     * review (reviewIdOrNull: a new review has none yet).
     */
    public Uni<List<ReviewImage>> lockUsable(SqlClient tx, UUID accountId, UUID reviewIdOrNull, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return tx.preparedQuery("select " + COLUMNS + " from review_images where id = any($1) and account_id = $2 "
                + "and status = 'READY' and (review_id is null or review_id = $3) for update")
                .execute(Tuple.from(Arrays.asList(ids.toArray(UUID[]::new), accountId, reviewIdOrNull)))
                .map(ReviewImageRepository::all);
    }

    /** Makes exactly these images the review's, in this order; returns the object keys of the ones it had and lost. */
    public Uni<List<String>> setImagesOf(SqlClient tx, UUID reviewId, List<UUID> ordered) {
        UUID[] ids = ordered.toArray(UUID[]::new);
        return tx.preparedQuery("delete from review_images where review_id = $1 and not (id = any($2)) returning object_key")
                .execute(Tuple.of(reviewId, ids)).chain(removed -> {
                    List<String> keys = new ArrayList<>();
                    removed.forEach(row -> keys.add(row.getString(0)));
                    if (ids.length == 0) {
                        return Uni.createFrom().item(keys);
                    }
                    return tx.preparedQuery("update review_images i set review_id = $1, position = o.position - 1 "
                            + "from unnest($2::uuid[]) with ordinality as o(id, position) where i.id = o.id")
                            .execute(Tuple.of(reviewId, ids)).replaceWith(keys);
                });
    }

    public Uni<List<String>> keysOf(SqlClient client, UUID reviewId) {
        return client.preparedQuery("select object_key from review_images where review_id = $1").execute(Tuple.of(reviewId))
                .map(rows -> {
                    List<String> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(row.getString(0)));
                    return keys;
                });
    }

    /** The photos of these reviews in order, by review id. */
    public Uni<Map<UUID, List<ReviewImage>>> ofReviews(SqlClient client, Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return client.preparedQuery("select " + COLUMNS + " from review_images where review_id = any($1) order by review_id, position")
                .execute(Tuple.of((Object) reviewIds.toArray(UUID[]::new))).map(rows -> {
                    Map<UUID, List<ReviewImage>> byReview = new HashMap<>();
                    rows.forEach(row -> {
                        ReviewImage image = map(row);
                        byReview.computeIfAbsent(image.reviewIdOrNull(), id -> new ArrayList<>()).add(image);
                    });
                    return byReview;
                });
    }

    /** Removes uploads never put into a review that are older than before; returns their object keys. */
    public Uni<List<String>> deleteUnattachedBefore(SqlClient client, Instant before, int limit) {
        return client.preparedQuery("delete from review_images where id in (select id from review_images "
                + "where review_id is null and created_at < $1 order by created_at limit $2) returning object_key")
                .execute(Tuple.of(before.atOffset(ZoneOffset.UTC), limit)).map(rows -> {
                    List<String> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(row.getString(0)));
                    return keys;
                });
    }

    private static List<ReviewImage> all(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<ReviewImage> list = new ArrayList<>();
        rows.forEach(row -> list.add(map(row)));
        return list;
    }

    private static ReviewImage map(Row row) {
        OffsetDateTime created = row.getOffsetDateTime("created_at");
        return new ReviewImage(row.getUUID("id"), row.getUUID("account_id"), row.getUUID("review_id"),
                row.getString("object_key"), row.getString("content_type"), row.getInteger("size_bytes"),
                row.getInteger("width"), row.getInteger("height"), row.getString("status"), row.getInteger("position"),
                created.toInstant());
    }
}
