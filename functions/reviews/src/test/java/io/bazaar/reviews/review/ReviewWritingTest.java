package io.bazaar.reviews.review;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.reviews.support.Purchases.bought;
import static io.bazaar.reviews.support.Purchases.received;
import static io.bazaar.reviews.support.Purchases.review;
import static io.bazaar.reviews.support.Purchases.unknownIds;
import static io.bazaar.reviews.support.Purchases.write;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.support.Shop;
import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.reviews.support.Purchases.Bought;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ReviewWritingTest {

    @Test
    void aBuyerReviewsAReceivedLineAndItShowsWithTheSkuBoughtAndTheirName() {
        Bought line = received("Reviewed Tee");
        assertEquals("PUBLISHED", write(line, review(line, 4, "Nice tee", "Soft cotton, true to size.", List.of()))
                .getString("status"));
        given().get("/api/reviews/products/" + line.productId()).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].stars", equalTo(4))
                .body("items[0].title", equalTo("Nice tee"))
                .body("items[0].text", equalTo("Soft cotton, true to size."))
                .body("items[0].authorName", equalTo("Test Shopper"))
                .body("items[0].skuAttributes", equalTo(Map.of("colour", "red", "size", "M")))
                .body("items[0].productName", equalTo("Reviewed Tee"))
                .body("items[0].helpfulCount", equalTo(0))
                .body("items[0].reply", nullValue());
    }

    @Test
    void withoutAPurchaseThereIsNothingToReview() {
        Bought line = received("Someone else's");
        Customer stranger = customer();
        as(stranger.token()).body(review(line, 5)).post("/api/me/reviews").then().statusCode(422)
                .body("type", endsWith("/not-purchased"));
        Map<String, Object> invented = review(line, 5);
        invented.put("orderNumber", "NO-SUCH-ORDER");
        as(line.buyer().token()).body(invented).post("/api/me/reviews").then().statusCode(422)
                .body("type", endsWith("/not-purchased"));
        given().contentType("application/json").body(review(line, 5)).post("/api/me/reviews").then().statusCode(401);
    }

    @Test
    void anOrderNotYetDeliveredCannotBeReviewed() {
        UUID merchant = UUID.randomUUID();
        Customer buyer = customer();
        Bought shipped = bought(buyer, Shop.sku(merchant, "In transit", 1000, 5), merchant, false);
        as(buyer.token()).body(review(shipped, 5)).post("/api/me/reviews").then().statusCode(422)
                .body("type", endsWith("/order-not-received"));
        as(buyer.token()).get("/api/me/reviews/pending").then().statusCode(200)
                .body("items.orderNumber", not(hasItem(shipped.orderNumber())));
    }

    @Test
    void aLineIsReviewedOnce() {
        Bought line = received("Once only");
        write(line, review(line, 5));
        as(line.buyer().token()).body(review(line, 3)).post("/api/me/reviews").then().statusCode(409)
                .body("type", endsWith("/already-reviewed"));
    }

    @Test
    void starsAreOneToFiveAndAReviewHasAtMostSixPhotos() {
        Bought line = received("Star range");
        for (int stars : new int[] {7, 0}) {
            as(line.buyer().token()).body(review(line, stars)).post("/api/me/reviews").then().statusCode(400)
                    .body("type", endsWith("/validation"))
                    .body("errors[0].field", equalTo("stars")).body("errors[0].message", equalTo("must be between 1 and 5"));
        }
        as(line.buyer().token()).body(review(line, 5, "Photos", "Lots of them.", unknownIds(7))).post("/api/me/reviews")
                .then().statusCode(400).body("errors[0].field", equalTo("imageIds"));
        as(line.buyer().token()).body(review(line, 5, "Photos", "Not mine.", unknownIds(1))).post("/api/me/reviews")
                .then().statusCode(400).body("errors[0].field", equalTo("imageIds[0]"));
        as(line.buyer().token()).body(review(line, 5, " ", "", List.of())).post("/api/me/reviews").then().statusCode(400)
                .body("errors.field", equalTo(List.of("text", "title")));
        as(line.buyer().token()).body(Map.of()).post("/api/me/reviews").then().statusCode(400);
        as(line.buyer().token()).get("/api/me/reviews").then().body("total", equalTo(0));
    }

    @Test
    void aReviewerEditsAndDeletesTheirOwnReviewOnly() {
        Bought line = received("Editable");
        String id = write(line, review(line, 2)).getString("review.id");
        Customer stranger = customer();
        Map<String, Object> edit = Map.of("stars", 4, "title", "Better than I thought", "text", "It grew on me.");
        as(stranger.token()).body(edit).put("/api/me/reviews/" + id).then().statusCode(404)
                .body("type", endsWith("/review-not-found"));
        as(stranger.token()).delete("/api/me/reviews/" + id).then().statusCode(404);
        as(stranger.token()).get("/api/me/reviews/" + id).then().statusCode(404);
        as(line.buyer().token()).body(edit).put("/api/me/reviews/" + id).then().statusCode(200)
                .body("review.stars", equalTo(4)).body("review.title", equalTo("Better than I thought"))
                .body("status", equalTo("PUBLISHED"));
        as(line.buyer().token()).body(Map.of("stars", 9, "title", "x", "text", "y")).put("/api/me/reviews/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("stars"));
        as(line.buyer().token()).get("/api/me/reviews").then().body("items[0].review.id", equalTo(id))
                .body("items[0].orderNumber", equalTo(line.orderNumber()));
        as(line.buyer().token()).delete("/api/me/reviews/" + id).then().statusCode(204);
        as(line.buyer().token()).get("/api/me/reviews/" + id).then().statusCode(404);
        given().get("/api/reviews/products/" + line.productId()).then().body("items", empty());
    }

    @Test
    void toReviewListsReceivedLinesUntilTheyAreReviewed() {
        Bought line = received("To review");
        as(line.buyer().token()).get("/api/me/reviews/pending").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].orderNumber", equalTo(line.orderNumber()))
                .body("items[0].lineNo", equalTo(1)).body("items[0].productName", equalTo("To review"))
                .body("items[0].skuAttributes.size", equalTo("M"));
        write(line, review(line, 5));
        as(line.buyer().token()).get("/api/me/reviews/pending").then().body("total", equalTo(0));
        given().get("/api/me/reviews/pending").then().statusCode(401);
    }

    @Test
    void reviewListsCheckTheirParameters() {
        UUID product = UUID.randomUUID();
        given().get("/api/reviews/products/" + product + "?sort=best&stars=6&photos=maybe").then().statusCode(400)
                .body("errors.field", equalTo(List.of("sort", "stars", "photos")));
        given().get("/api/reviews/products/" + product + "?size=101").then().statusCode(400);
        given().get("/api/reviews/products/" + product + "?sort=helpful&stars=5&photos=true").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void writesAreLimitedPerShopper() {
        Bought line = received("Edited too often");
        String id = write(line, review(line, 5)).getString("review.id");
        Map<String, Object> edit = Map.of("stars", 5, "title", "Again", "text", "And again.");
        int status = 200;
        for (int i = 0; i < 40 && status == 200; i++) {
            status = as(line.buyer().token()).body(edit).put("/api/me/reviews/" + id).then().extract().statusCode();
        }
        assertEquals(429, status);
        as(line.buyer().token()).body(edit).put("/api/me/reviews/" + id).then().statusCode(429)
                .body("type", endsWith("/review-rate-limited"));
    }
}
