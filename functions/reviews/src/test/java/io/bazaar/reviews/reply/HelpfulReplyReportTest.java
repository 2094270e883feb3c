package io.bazaar.reviews.reply;

import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.one;
import static io.bazaar.orders.support.Shop.outbox;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.bazaar.orders.support.Shop.whileEmailIsRefused;
import static io.bazaar.reviews.support.Purchases.received;
import static io.bazaar.reviews.support.Purchases.review;
import static io.bazaar.reviews.support.Purchases.write;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.localenv.SentEmail;
import io.bazaar.reviews.review.repository.ReviewRepository;
import io.bazaar.reviews.review.service.Reply;
import io.bazaar.reviews.review.service.Review;
import io.bazaar.reviews.support.Purchases.Bought;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class HelpfulReplyReportTest {

    @Inject
    ReviewNoticesJob noticesJob;

    @Inject
    ReplyNotices notices;

    @Inject
    ReviewRepository reviews;

    @Inject
    Pool pool;

    @Test
    void aShopperMarksSomeoneElsesReviewHelpfulOnce() {
        Bought line = received("Helpful");
        String id = write(line, review(line, 5)).getString("review.id");
        String reader = customer().token();
        as(reader).post("/api/reviews/" + id + "/helpful").then().statusCode(200).body("helpfulCount", equalTo(1));
        as(reader).post("/api/reviews/" + id + "/helpful").then().statusCode(409)
                .body("type", endsWith("/already-marked-helpful"));
        as(customer().token()).post("/api/reviews/" + id + "/helpful").then().statusCode(200).body("helpfulCount", equalTo(2));
        as(line.buyer().token()).post("/api/reviews/" + id + "/helpful").then().statusCode(422)
                .body("type", endsWith("/own-review"));
        as(reader).post("/api/reviews/" + UUID.randomUUID() + "/helpful").then().statusCode(404);
        given().post("/api/reviews/" + id + "/helpful").then().statusCode(401);
        given().get("/api/reviews/products/" + line.productId()).then().body("items[0].helpfulCount", equalTo(2));
    }

    @Test
    void mostHelpfulFirstAndStarFilter() {
        Bought first = received("Sorted");
        String older = write(first, review(first, 5)).getString("review.id");
        Bought second = io.bazaar.reviews.support.Purchases.receivedAgain(first);
        String newer = write(second, review(second, 3)).getString("review.id");
        as(customer().token()).post("/api/reviews/" + older + "/helpful").then().statusCode(200);
        String product = "/api/reviews/products/" + first.productId();
        given().get(product).then().body("items.id", equalTo(List.of(newer, older)));
        given().get(product + "?sort=helpful").then().body("items.id", equalTo(List.of(older, newer)));
        given().get(product + "?stars=3").then().body("items.id", equalTo(List.of(newer)));
        given().get(product + "?photos=true").then().body("total", equalTo(0));
    }

    @Test
    void theMerchantRepliesOnceEditsTheReplyAndTheReviewerIsToldOnce() {
        Bought line = received("Replied");
        String id = write(line, review(line, 3)).getString("review.id");
        String staff = staffToken(line.merchantId(), "messages");
        as(staff).body(Map.of("text", "Sorry to hear <that>; we sent a new one.")).put("/api/merchant/reviews/" + id + "/reply")
                .then().statusCode(200).body("review.reply.text", equalTo("Sorry to hear <that>; we sent a new one."));
        as(staff).body(Map.of("text", "We sent a new one today.")).put("/api/merchant/reviews/" + id + "/reply")
                .then().statusCode(200).body("review.reply.text", equalTo("We sent a new one today."));
        given().get("/api/reviews/products/" + line.productId()).then()
                .body("items[0].reply.text", equalTo("We sent a new one today."))
                .body("items[0].reply.createdAt", notNullValue());
        assertEquals(0, emailsTo(line), "the notice waits in the outbox for the review-notices job");
        assertEquals(1L, count("select count(*) from review_notices where review_id = $1", Tuple.of(UUID.fromString(id))),
                "one notice for the first reply, none for its edit");
        noticesJob.sendDue(Instant.now()).await().indefinitely();
        List<SentEmail> notices = outbox().emails().stream()
                .filter(m -> m.destinations().contains(line.buyer().email())).toList();
        assertEquals(1, notices.size(), "one notice for the first reply, none for its edit");
        assertEquals("The seller replied to your review of Replied", notices.get(0).subject());
        as(staff).get("/api/merchant/reviews").then().statusCode(200).body("items.review.id", equalTo(List.of(id)));
        as(staff).body(Map.of("text", " ")).put("/api/merchant/reviews/" + id + "/reply").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void aFailingNoticeKeepsTheReplyAndIsSentAgainLater() {
        Bought line = received("Retried notice");
        String id = write(line, review(line, 4)).getString("review.id");
        as(staffToken(line.merchantId(), "messages")).body(Map.of("text", "Thanks!"))
                .put("/api/merchant/reviews/" + id + "/reply").then().statusCode(200);
        Instant now = Instant.now();
        whileEmailIsRefused(() -> noticesJob.sendDue(now).await().indefinitely());
        Row failed = notice(id);
        assertEquals("PENDING", failed.getString("status"));
        assertEquals(1, failed.getInteger("attempts"));
        assertNotNull(failed.getString("last_error"));
        assertEquals(0, emailsTo(line));
        given().get("/api/reviews/products/" + line.productId()).then().body("items[0].reply.text", equalTo("Thanks!"));

        noticesJob.sendDue(now.plusSeconds(30)).await().indefinitely();
        assertEquals("PENDING", notice(id).getString("status"), "not due again before the backoff");
        noticesJob.sendDue(now.plus(Duration.ofMinutes(2))).await().indefinitely();
        Row sent = notice(id);
        assertEquals("SENT", sent.getString("status"));
        assertEquals(2, sent.getInteger("attempts"));
        assertEquals(1, emailsTo(line));
    }

    @Test
    void aRolledBackReplyQueuesNoNotice() {
        Bought line = received("Rolled back");
        UUID id = UUID.fromString(write(line, review(line, 4)).getString("review.id"));
        Review review = reviews.find(pool, id).await().indefinitely();
        Reply reply = new Reply(id, line.merchantId(), UUID.randomUUID(), "Never committed", Instant.now(), Instant.now());
        // the reply's transaction fails after the notice was queued in it (as when the reply's own writes fail)
        assertThrows(IllegalStateException.class, () -> pool.withTransaction(tx -> notices.merchantReplied(tx, review, reply,
                Instant.now()).chain(() -> Uni.createFrom().failure(new IllegalStateException("rolled back"))))
                .await().indefinitely());
        noticesJob.sendDue(Instant.now().plus(Duration.ofDays(1))).await().indefinitely();
        assertEquals(0L, count("select count(*) from review_notices where review_id = $1", Tuple.of(id)));
        assertEquals(0, emailsTo(line));
    }

    private static Row notice(String reviewId) {
        return one("select status, attempts, last_error from review_notices where review_id = $1",
                Tuple.of(UUID.fromString(reviewId)));
    }

    private static long emailsTo(Bought line) {
        return outbox().emails().stream().filter(m -> m.destinations().contains(line.buyer().email())).count();
    }

    @Test
    void anotherMerchantsStaffFindNoSuchReviewAndStaffWithoutThePermissionAreRefused() {
        Bought line = received("Guarded reply");
        String id = write(line, review(line, 2, "Hmm", "Not what the photos showed, colour is off.", List.of()))
                .getString("review.id");
        String otherMerchant = staffToken(UUID.randomUUID(), "messages");
        as(otherMerchant).body(Map.of("text", "Hi")).put("/api/merchant/reviews/" + id + "/reply").then().statusCode(404)
                .body("type", endsWith("/review-not-found"));
        as(otherMerchant).body(Map.of("reason", "No")).post("/api/merchant/reviews/" + id + "/report").then().statusCode(404);
        as(otherMerchant).get("/api/merchant/reviews").then().body("items.review.id", not(hasItem(id)));
        String productsOnly = staffToken(line.merchantId(), "products", "orders");
        as(productsOnly).body(Map.of("text", "Hi")).put("/api/merchant/reviews/" + id + "/reply").then().statusCode(403)
                .body("type", endsWith("/missing-permission"));
        as(customer().token()).get("/api/merchant/reviews").then().statusCode(403);
        given().get("/api/merchant/reviews").then().statusCode(401);
    }

    @Test
    void aReportedReviewStaysVisibleUntilAnAdminDecides() {
        Bought line = received("Reported");
        String id = write(line, review(line, 2, "Fake", "This seller is a fraud, do not buy anything here.", List.of()))
                .getString("review.id");
        String staff = staffToken(line.merchantId(), "messages");
        as(staff).body(Map.of("reason", "Accuses us of fraud without any order problem")).post("/api/merchant/reviews/" + id + "/report")
                .then().statusCode(200).body("reportReason", equalTo("Accuses us of fraud without any order problem"))
                .body("reportedAt", notNullValue());
        as(staff).body(Map.of("reason", "Again")).post("/api/merchant/reviews/" + id + "/report").then().statusCode(409)
                .body("type", endsWith("/already-reported"));
        as(staff).body(Map.of("reason", "")).post("/api/merchant/reviews/" + id + "/report").then().statusCode(400);
        given().get("/api/reviews/products/" + line.productId()).then().body("items[0].id", equalTo(id));
        as(adminToken()).get("/api/admin/reviews?queue=reported&size=100").then().body("items.review.id", hasItem(id));
        as(adminToken()).post("/api/admin/reviews/" + id + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
        given().get("/api/reviews/products/" + line.productId()).then().body("total", equalTo(0));
        given().get("/api/catalog/products/" + line.productId()).then().body("ratingCount", equalTo(0));
        as(adminToken()).get("/api/admin/reviews?queue=reported&size=100").then().body("items.review.id", not(hasItem(id)));
    }
}
