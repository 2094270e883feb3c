package io.bazaar.reviews.moderation;

import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.bazaar.reviews.support.Purchases.received;
import static io.bazaar.reviews.support.Purchases.receivedAgain;
import static io.bazaar.reviews.support.Purchases.review;
import static io.bazaar.reviews.support.Purchases.write;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.reviews.support.Purchases.Bought;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ModerationTest {

    @Test
    void theRulesHoldLinksBannedWordsAndUnexplainedOneStarReviews() {
        Bought line = received("Moderated");
        assertHeld(line, 4, "Great", "Cheaper at https://other-shop.example/deal", List.of("link"));
        assertHeld(receivedAgain(line), 4, "Great", "Order on www.example.org instead", List.of("link"));
        assertHeld(receivedAgain(line), 4, "Great", "Add me on 加微信 for a discount", List.of("banned-word"));
        assertHeld(receivedAgain(line), 5, "CASINO bonus", "Really a casino in a box.", List.of("banned-word"));
        assertHeld(receivedAgain(line), 1, "Bad", "Bad.", List.of("short-one-star"));
        assertHeld(receivedAgain(line), 1, "Bad", "See bad-review.com", List.of("link", "short-one-star"));
        Bought explained = receivedAgain(line);
        assertEquals("PUBLISHED", write(explained, review(explained, 1, "Broke after a day",
                "The handle snapped the first time I used it, and the seller took a week to answer.", List.of()))
                .getString("status"));
        Bought plain = receivedAgain(line);
        assertEquals("PUBLISHED", write(plain, review(plain, 5, "Great", "Works. 3.5 kg, fits the shelf.", List.of()))
                .getString("status"));
        given().get("/api/reviews/products/" + line.productId()).then().body("total", equalTo(2));
        rating(line).body("ratingCount", equalTo(2)).body("ratingHistogram", equalTo(List.of(1, 0, 0, 0, 1)));
    }

    @Test
    void anApprovedReviewCountsAndARejectedOneDoesNot() {
        Bought line = received("Approved");
        JsonPath held = write(line, review(line, 1, "Meh", "No.", List.of()));
        String id = held.getString("review.id");
        assertEquals("PENDING", held.getString("status"));
        given().get("/api/reviews/products/" + line.productId()).then().body("items", empty());
        rating(line).body("ratingCount", equalTo(0));
        as(adminToken()).get("/api/admin/reviews?queue=held&size=100").then().statusCode(200)
                .body("items.review.id", hasItem(id));
        as(adminToken()).body(Map.of("note", "Short but fair")).post("/api/admin/reviews/" + id + "/approve").then()
                .statusCode(200).body("status", equalTo("PUBLISHED")).body("moderationNote", equalTo("Short but fair"));
        rating(line).body("ratingCount", equalTo(1)).body("ratingAverage", equalTo(1.0f))
                .body("ratingHistogram", equalTo(List.of(1, 0, 0, 0, 0)));
        given().get("/api/reviews/products/" + line.productId()).then().body("items[0].id", equalTo(id));
        as(adminToken()).post("/api/admin/reviews/" + id + "/approve").then().statusCode(409)
                .body("type", endsWith("/nothing-to-moderate"));

        Bought other = receivedAgain(line);
        String rejected = write(other, review(other, 5, "Visit", "http://spam.example", List.of())).getString("review.id");
        as(adminToken()).post("/api/admin/reviews/" + rejected + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        rating(line).body("ratingCount", equalTo(1));
        as(adminToken()).get("/api/admin/reviews?size=100").then().body("items.review.id", not(hasItem(rejected)));
        // edited, a rejected review goes back to the admins even when the rules pass it
        as(other.buyer().token()).body(Map.of("stars", 5, "title", "Fine", "text", "A fine kettle."))
                .put("/api/me/reviews/" + rejected).then().statusCode(200).body("status", equalTo("PENDING"))
                .body("heldFor", equalTo(List.of("resubmitted")));
        rating(line).body("ratingCount", equalTo(1));
    }

    @Test
    void onlyPlatformAdminsModerate() {
        Bought line = received("Guarded");
        String id = write(line, review(line, 1, "Meh", "No.", List.of())).getString("review.id");
        as(customer().token()).get("/api/admin/reviews").then().statusCode(403);
        as(staffToken(line.merchantId(), "messages")).post("/api/admin/reviews/" + id + "/approve").then().statusCode(403);
        given().post("/api/admin/reviews/" + id + "/reject").then().statusCode(401);
        as(adminToken()).get("/api/admin/reviews?queue=everything").then().statusCode(400)
                .body("errors[0].field", equalTo("queue"));
        as(adminToken()).post("/api/admin/reviews/" + java.util.UUID.randomUUID() + "/approve").then().statusCode(404);
        as(adminToken()).body(Map.of("note", "x".repeat(301))).post("/api/admin/reviews/" + id + "/reject").then()
                .statusCode(400).body("errors[0].field", equalTo("note"));
    }

    private static void assertHeld(Bought line, int stars, String title, String text, List<String> reasons) {
        JsonPath written = write(line, review(line, stars, title, text, List.of()));
        assertEquals("PENDING", written.getString("status"), text);
        assertEquals(reasons, written.getList("heldFor"), text);
    }

    private static io.restassured.response.ValidatableResponse rating(Bought line) {
        return given().get("/api/catalog/products/" + line.productId()).then().statusCode(200);
    }
}
