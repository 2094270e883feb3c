package io.bazaar.reviews.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Pins what identity relies on when an account is deleted: its reviews stay, counted, but no longer name or show it. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ReviewerRecordsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    ReviewerRecords records;

    @Test
    void erasureKeepsStarsAndTextButNotTheNameOrPhotos() {
        UUID reviewer = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID mine = review(reviewer, "Li L.");
        UUID theirs = review(other, "Han M.");
        UUID myPhoto = photo(reviewer, mine);
        UUID theirPhoto = photo(other, theirs);
        notice(mine, "li@example.com");
        notice(theirs, "han@example.com");

        assertEquals(new ReviewerRecords.Erased(1, 1),
                pool.withTransaction(tx -> records.erase(tx, reviewer)).await().atMost(WAIT));

        Row review = one("select author_name, author_erased, stars, title, body, status, image_count from reviews where id = $1", mine);
        assertNull(review.getString("author_name"), "no name stored, in any language");
        assertEquals(true, review.getBoolean("author_erased"));
        assertEquals(4, review.getInteger("stars"));
        assertEquals("Fits well", review.getString("title"));
        assertEquals("Good value.", review.getString("body"));
        assertEquals("PUBLISHED", review.getString("status"), "still published, so the product's aggregate is unchanged");
        assertEquals(0, review.getInteger("image_count"));
        assertNull(one("select review_id from review_images where id = $1", myPhoto).getUUID(0),
                "detached: the review-photo-cleanup job deletes it and its object");

        assertEquals(0L, one("select count(*) from review_notices where review_id = $1", mine).getLong(0),
                "a reply notice queued to the deleted account's address is gone");
        assertEquals(1L, one("select count(*) from review_notices where review_id = $1", theirs).getLong(0));
        assertEquals("Han M.", one("select author_name from reviews where id = $1", theirs).getString(0), "others keep theirs");
        assertEquals(false, one("select author_erased from reviews where id = $1", theirs).getBoolean(0));
        assertEquals(1, one("select image_count from reviews where id = $1", theirs).getInteger(0));
        assertEquals(theirs, one("select review_id from review_images where id = $1", theirPhoto).getUUID(0));
        assertEquals(new ReviewerRecords.Erased(0, 0),
                pool.withTransaction(tx -> records.erase(tx, reviewer)).await().atMost(WAIT), "repeating changes nothing");
    }

    private UUID review(UUID account, String author) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.now();
        pool.preparedQuery("""
                insert into reviews (id, account_id, author_name, order_number, line_no, product_id, merchant_id, sku_id,
                    product_name, sku_attributes, stars, title, body, status, image_count, created_at, updated_at)
                values ($1, $2, $3, $4, 1, $5, $6, $7, 'Tee', '{}'::jsonb, 4, 'Fits well', 'Good value.', 'PUBLISHED', 1, $8, $8)""")
                .execute(Tuple.from(List.of(id, account, author, "N" + UUID.randomUUID().toString().substring(0, 18),
                        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), at)))
                .await().atMost(WAIT);
        return id;
    }

    private void notice(UUID review, String email) {
        pool.preparedQuery("insert into review_notices (review_id, channel, recipient, subject, body, next_attempt_at, "
                + "created_at) values ($1, 'EMAIL', $2, 'The seller replied', 'Thanks', now(), now())")
                .execute(Tuple.of(review, email)).await().atMost(WAIT);
    }

    private UUID photo(UUID account, UUID review) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery("insert into review_images (id, account_id, review_id, object_key, content_type, size_bytes, "
                + "status, position, created_at) values ($1, $2, $3, $4, 'image/jpeg', 100, 'READY', 0, now())")
                .execute(Tuple.of(id, account, review, "reviews/" + account + "/" + id)).await().atMost(WAIT);
        return id;
    }

    private Row one(String sql, UUID id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(WAIT).iterator().next();
    }
}
