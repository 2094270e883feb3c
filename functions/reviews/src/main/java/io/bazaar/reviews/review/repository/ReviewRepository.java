package io.bazaar.reviews.review.repository;

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

import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.reviews.review.service.Reply;
import io.bazaar.reviews.review.service.Review;
import io.bazaar.reviews.review.service.ReviewFilter;
import io.bazaar.reviews.review.service.ReviewStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of the reviews, review_replies and review_helpful_votes tables. */
@ApplicationScoped
public class ReviewRepository {

    private static final String COLUMNS = """
            r.id, r.account_id, r.author_name, r.order_number, r.line_no, r.product_id, r.merchant_id, r.sku_id,
            r.product_name, r.sku_attributes::text as sku_attributes, r.stars, r.title, r.body, r.status, r.held_for,
            r.image_count, r.helpful_count, r.reported_at, r.report_reason, r.moderated_at, r.moderation_note,
            r.created_at, r.updated_at""";

    public Uni<Void> insert(SqlClient tx, Review r) {
        return tx.preparedQuery("""
                insert into reviews (id, account_id, author_name, order_number, line_no, product_id, merchant_id, sku_id,
                    product_name, sku_attributes, stars, title, body, status, held_for, image_count, created_at, updated_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb, $11, $12, $13, $14, $15, $16, $17, $18)""")
                .execute(Tuple.from(Arrays.asList(r.id(), r.accountId(), r.authorName(), r.orderNumber(), r.lineNo(),
                        r.productId(), r.merchantId(), r.skuId(), r.productName(), r.skuAttributesJson(), (short) r.stars(),
                        r.title(), r.text(), r.status().name(), String.join(",", r.heldFor()), r.imageCount(),
                        utc(r.createdAt()), utc(r.updatedAt()))))
                .replaceWithVoid();
    }

    /** The review, locked for this transaction; null when there is none. */
    public Uni<Review> lock(SqlClient tx, UUID id) {
        return one(tx, "select " + COLUMNS + " from reviews r where r.id = $1 for update", Tuple.of(id));
    }

    public Uni<Review> find(SqlClient client, UUID id) {
        return one(client, "select " + COLUMNS + " from reviews r where r.id = $1", Tuple.of(id));
    }

    /** Writes what a reviewer's edit changes: content, state after the rules, author name, photo count. */
    public Uni<Void> updateContent(SqlClient tx, Review r) {
        return tx.preparedQuery("""
                update reviews set author_name = $2, stars = $3, title = $4, body = $5, status = $6, held_for = $7,
                    image_count = $8, updated_at = $9, moderated_at = null, moderated_by = null, moderation_note = null
                 where id = $1""")
                .execute(Tuple.from(Arrays.asList(r.id(), r.authorName(), (short) r.stars(), r.title(), r.text(),
                        r.status().name(), String.join(",", r.heldFor()), r.imageCount(), utc(r.updatedAt()))))
                .replaceWithVoid();
    }

    public Uni<Void> report(SqlClient tx, UUID id, Instant at, String reason, UUID by) {
        return tx.preparedQuery("update reviews set reported_at = $2, report_reason = $3, reported_by = $4 where id = $1")
                .execute(Tuple.of(id, utc(at), reason, by)).replaceWithVoid();
    }

    /** An admin's decision: the new state, who and why; the merchant's report, if any, is settled with it. */
    public Uni<Void> moderate(SqlClient tx, UUID id, ReviewStatus status, Instant at, UUID by, String note) {
        return tx.preparedQuery("""
                update reviews set status = $2, moderated_at = $3, moderated_by = $4, moderation_note = $5,
                    reported_at = null, report_reason = null, reported_by = null
                 where id = $1""")
                .execute(Tuple.from(Arrays.asList(id, status.name(), utc(at), by, note))).replaceWithVoid();
    }

    public Uni<Void> delete(SqlClient tx, UUID id) {
        return tx.preparedQuery("delete from reviews where id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    public Uni<Boolean> existsForLine(SqlClient client, String orderNumber, int lineNo) {
        return client.preparedQuery("select 1 from reviews where order_number = $1 and line_no = $2")
                .execute(Tuple.of(orderNumber, lineNo)).map(rows -> rows.size() > 0);
    }

    /** "orderNumber#lineNo" of every line the account has reviewed. */
    public Uni<List<String>> reviewedLines(SqlClient client, UUID accountId) {
        return client.preparedQuery("select order_number, line_no from reviews where account_id = $1")
                .execute(Tuple.of(accountId)).map(rows -> {
                    List<String> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(row.getString(0) + "#" + row.getInteger(1)));
                    return keys;
                });
    }

    /** A product's published reviews, filtered and sorted. */
    public Uni<Page<Review>> ofProduct(SqlClient client, UUID productId, ReviewFilter filter, PageRequest page) {
        String where = " from reviews r where r.product_id = $1 and r.status = 'PUBLISHED'"
                + " and ($2::smallint is null or r.stars = $2) and (not $3 or r.image_count > 0)";
        Tuple args = Tuple.from(Arrays.asList(productId, filter.starsOrNull() == null ? null
                : (short) filter.starsOrNull().intValue(), filter.withPhotos()));
        return page(client, where, args, filter.sort().orderBy(), page);
    }

    public Uni<Page<Review>> ofAccount(SqlClient client, UUID accountId, PageRequest page) {
        return page(client, " from reviews r where r.account_id = $1", Tuple.of(accountId), "r.created_at desc, r.id desc",
                page);
    }

    /** The published reviews of the merchant's products, newest first (optionally of one product). */
    public Uni<Page<Review>> ofMerchant(SqlClient client, UUID merchantId, UUID productIdOrNull, PageRequest page) {
        return page(client, " from reviews r where r.merchant_id = $1 and r.status = 'PUBLISHED'"
                + " and ($2::uuid is null or r.product_id = $2)", Tuple.from(Arrays.asList(merchantId, productIdOrNull)),
                "r.created_at desc, r.id desc", page);
    }

    /** What waits for an admin: held reviews oldest first, or reported ones oldest report first. */
    public Uni<Page<Review>> queue(SqlClient client, boolean reported, PageRequest page) {
        return reported
                ? page(client, " from reviews r where r.reported_at is not null", Tuple.tuple(), "r.reported_at, r.id", page)
                : page(client, " from reviews r where r.status = 'PENDING'", Tuple.tuple(), "r.created_at, r.id", page);
    }

    /** Counts the vote once; false when this shopper had marked the review already. */
    public Uni<Boolean> addHelpfulVote(SqlClient tx, UUID reviewId, UUID accountId, Instant at) {
        return tx.preparedQuery("insert into review_helpful_votes (review_id, account_id, created_at) values ($1, $2, $3) "
                + "on conflict do nothing").execute(Tuple.of(reviewId, accountId, utc(at)))
                .chain(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(false)
                        : tx.preparedQuery("update reviews set helpful_count = helpful_count + 1 where id = $1")
                                .execute(Tuple.of(reviewId)).replaceWith(true));
    }

    /** Writes the merchant's reply (a new one, or the edit of theirs); true when it is the first reply. */
    public Uni<Boolean> saveReply(SqlClient tx, Reply reply) {
        return tx.preparedQuery("""
                insert into review_replies (review_id, merchant_id, staff_account_id, body, created_at, updated_at)
                values ($1, $2, $3, $4, $5, $5)
                on conflict (review_id) do update set staff_account_id = excluded.staff_account_id, body = excluded.body,
                    updated_at = excluded.updated_at
                returning (xmax = 0) as inserted""")
                .execute(Tuple.of(reply.reviewId(), reply.merchantId(), reply.staffAccountId(), reply.text(),
                        utc(reply.updatedAt())))
                .map(rows -> rows.iterator().next().getBoolean("inserted"));
    }

    /** The replies to these reviews, by review id. */
    public Uni<Map<UUID, Reply>> replies(SqlClient client, Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return client.preparedQuery("select * from review_replies where review_id = any($1)")
                .execute(Tuple.of((Object) reviewIds.toArray(UUID[]::new))).map(rows -> {
                    Map<UUID, Reply> replies = new HashMap<>();
                    rows.forEach(row -> replies.put(row.getUUID("review_id"), new Reply(row.getUUID("review_id"),
                            row.getUUID("merchant_id"), row.getUUID("staff_account_id"), row.getString("body"),
                            row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant())));
                    return replies;
                });
    }

    private Uni<Page<Review>> page(SqlClient client, String fromWhere, Tuple args, String orderBy, PageRequest page) {
        int n = args.size();
        Tuple pageArgs = Tuple.tuple();
        for (int i = 0; i < n; i++) {
            pageArgs.addValue(args.getValue(i));
        }
        pageArgs.addInteger(page.size()).addInteger(page.offset());
        return client.preparedQuery("select count(*)" + fromWhere).execute(args)
                .map(rows -> rows.iterator().next().getLong(0))
                .chain(total -> client.preparedQuery("select " + COLUMNS + fromWhere + " order by " + orderBy
                        + " limit $" + (n + 1) + " offset $" + (n + 2)).execute(pageArgs)
                        .map(rows -> Page.of(all(rows), page, total)));
    }

    private static Uni<Review> one(SqlClient client, String sql, Tuple args) {
        return client.preparedQuery(sql).execute(args).map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    private static List<Review> all(RowSet<Row> rows) {
        List<Review> list = new ArrayList<>();
        rows.forEach(row -> list.add(map(row)));
        return list;
    }

    private static Review map(Row row) {
        String held = row.getString("held_for");
        return new Review(row.getUUID("id"), row.getUUID("account_id"), row.getString("author_name"),
                row.getString("order_number"), row.getInteger("line_no"), row.getUUID("product_id"),
                row.getUUID("merchant_id"), row.getUUID("sku_id"), row.getString("product_name"),
                row.getString("sku_attributes"), row.getInteger("stars"), row.getString("title"), row.getString("body"),
                ReviewStatus.valueOf(row.getString("status")), held.isEmpty() ? List.of() : List.of(held.split(",")),
                row.getInteger("image_count"), row.getInteger("helpful_count"), instant(row, "reported_at"),
                row.getString("report_reason"), instant(row, "moderated_at"), row.getString("moderation_note"),
                instant(row, "created_at"), instant(row, "updated_at"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
