package io.bazaar.reviews.image;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.reviews.support.Purchases.get;
import static io.bazaar.reviews.support.Purchases.photo;
import static io.bazaar.reviews.support.Purchases.put;
import static io.bazaar.reviews.support.Purchases.received;
import static io.bazaar.reviews.support.Purchases.review;
import static io.bazaar.reviews.support.Purchases.write;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.reviews.support.Purchases.Bought;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ReviewPhotosTest {

    @Inject
    ReviewImageService photos;

    @Test
    void aReviewShowsItsUploadedPhotosInOrder() {
        Bought line = received("Photographed");
        String token = line.buyer().token();
        String first = photo(token);
        String second = photo(token);
        JsonPath written = write(line, review(line, 5, "Looks great", "See the photos.", List.of(second, first)));
        assertEquals(List.of(second, first), written.getList("review.images.id"));
        String url = written.getString("review.images[0].url");
        assertTrue(url.contains("/reviews/" + line.buyer().id() + "/" + second), url);
        assertEquals(200, get(url), "photos are public");
        given().get("/api/reviews/products/" + line.productId() + "?photos=true").then().body("total", equalTo(1))
                .body("items[0].images", hasSize(2)).body("items[0].images[0].width", equalTo(4))
                .body("items[0].images[0].height", equalTo(3));
        // an edit keeps one photo; the other is removed with its object
        String id = written.getString("review.id");
        as(token).body(Map.of("stars", 5, "title", "Looks great", "text", "One photo is enough.", "imageIds", List.of(first)))
                .put("/api/me/reviews/" + id).then().statusCode(200).body("review.images.id", equalTo(List.of(first)));
        assertEquals(404, get(url), "the dropped photo's object is deleted");
        as(token).delete("/api/me/reviews/" + id).then().statusCode(204);
    }

    @Test
    void onlyRealImagesOfTheirOwnGoIntoAReview() {
        Bought line = received("Checked photos");
        String token = line.buyer().token();
        as(token).body(Map.of("contentType", "image/svg+xml", "sizeBytes", 100)).post("/api/me/reviews/images/uploads")
                .then().statusCode(400).body("errors[0].field", equalTo("contentType"));
        as(token).body(Map.of("contentType", "image/png", "sizeBytes", 20_000_000)).post("/api/me/reviews/images/uploads")
                .then().statusCode(400).body("errors[0].field", equalTo("sizeBytes"));
        byte[] notAnImage = "definitely not a png file".getBytes(StandardCharsets.US_ASCII);
        Response ticket = as(token).body(Map.of("contentType", "image/png", "sizeBytes", notAnImage.length))
                .post("/api/me/reviews/images/uploads");
        ticket.then().statusCode(201);
        String fake = ticket.path("imageId");
        as(token).post("/api/me/reviews/images/" + fake + "/confirm").then().statusCode(422)
                .body("type", endsWith("/upload-missing"));
        assertEquals(200, put(ticket, notAnImage));
        as(token).post("/api/me/reviews/images/" + fake + "/confirm").then().statusCode(422)
                .body("type", endsWith("/not-an-image"));
        as(token).body(review(line, 5, "Fake", "Not a photo.", List.of(fake))).post("/api/me/reviews").then()
                .statusCode(400).body("errors[0].field", equalTo("imageIds[0]"));
        String someoneElses = photo(customer().token());
        as(token).post("/api/me/reviews/images/" + someoneElses + "/confirm").then().statusCode(404)
                .body("type", endsWith("/image-not-found"));
        as(token).body(review(line, 5, "Theirs", "Not my photo.", List.of(someoneElses))).post("/api/me/reviews").then()
                .statusCode(400).body("errors[0].field", equalTo("imageIds[0]"));
        String mine = photo(token);
        as(token).body(review(line, 5, "Twice", "Same photo twice.", List.of(mine, mine))).post("/api/me/reviews").then()
                .statusCode(400).body("errors[0].field", equalTo("imageIds"));
        given().contentType("application/json").body(Map.of("contentType", "image/png", "sizeBytes", 10))
                .post("/api/me/reviews/images/uploads").then().statusCode(401);
    }

    @Test
    void photosNeverPutIntoAReviewAreDroppedAfterADay() {
        String token = customer().token();
        String unused = photo(token);
        JsonPath confirmed = as(token).post("/api/me/reviews/images/" + unused + "/confirm").then().statusCode(200)
                .extract().jsonPath();
        int dropped = photos.dropUnattached(Instant.now().plus(Duration.ofDays(2))).await().atMost(Duration.ofSeconds(30));
        assertTrue(dropped >= 1);
        as(token).post("/api/me/reviews/images/" + unused + "/confirm").then().statusCode(404);
        assertEquals(404, get(confirmed.getString("url")));
    }
}
