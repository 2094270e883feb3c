package io.bazaar.reviews.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Pins what other areas may read of the reviews: a product's newest published reviews, on the real schema. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ReviewsContractTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    ProductReviews reviews;

    @Test
    void onlyPublishedReviewsNewestFirst() {
        UUID product = UUID.randomUUID();
        review(product, "PUBLISHED", 5, "Old favourite", 3);
        review(product, "PENDING", 1, "Held", 2);
        review(product, "REJECTED", 1, "Rejected", 1);
        review(product, "PUBLISHED", 4, "<b>Newer</b>", 0);
        review(UUID.randomUUID(), "PUBLISHED", 2, "Other product", 0);
        List<PublishedReview> newest = reviews.newest(pool, product, 3).await().atMost(WAIT);
        assertEquals(List.of("<b>Newer</b>", "Old favourite"), newest.stream().map(PublishedReview::title).toList());
        PublishedReview first = newest.get(0);
        assertEquals(4, first.stars());
        assertEquals("Li L.", first.authorName());
        assertEquals(false, first.authorErased());
        assertEquals("Good value.", first.text());
        assertEquals(Map.of("colour", "red"), first.skuAttributes());
        assertEquals(1, reviews.newest(pool, product, 1).await().atMost(WAIT).size());
        assertThrows(IllegalArgumentException.class, () -> reviews.newest(pool, product, 0));
        assertThrows(IllegalArgumentException.class, () -> reviews.newest(pool, product, ProductReviews.MAX + 1));
    }

    @Test
    void aDeletedAccountsReviewHasNoNameButTheErasedMarker() {
        UUID product = UUID.randomUUID();
        review(product, "PUBLISHED", 3, "Kept opinion", 0);
        pool.preparedQuery("update reviews set author_name = null, author_erased = true where product_id = $1")
                .execute(Tuple.of(product)).await().atMost(WAIT);
        PublishedReview erased = reviews.newest(pool, product, 1).await().atMost(WAIT).get(0);
        assertEquals(null, erased.authorName());
        assertEquals(true, erased.authorErased());
        assertEquals("Kept opinion", erased.title());
    }

    private void review(UUID product, String status, int stars, String title, int daysAgo) {
        OffsetDateTime at = OffsetDateTime.now().minusDays(daysAgo);
        pool.preparedQuery("""
                insert into reviews (id, account_id, author_name, order_number, line_no, product_id, merchant_id, sku_id,
                    product_name, sku_attributes, stars, title, body, status, created_at, updated_at)
                values ($1, $2, 'Li L.', $3, 1, $4, $5, $6, 'Tee', '{"colour":"red"}'::jsonb, $7, $8, 'Good value.', $9, $10, $10)""")
                .execute(Tuple.from(List.of(UUID.randomUUID(), UUID.randomUUID(), "N" + UUID.randomUUID().toString()
                        .substring(0, 18), product, UUID.randomUUID(), UUID.randomUUID(), (short) stars, title, status, at)))
                .await().atMost(WAIT);
    }
}
