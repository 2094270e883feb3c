package io.bazaar.reviews.catalog;

import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.reviews.support.Purchases.received;
import static io.bazaar.reviews.support.Purchases.review;
import static io.bazaar.reviews.support.Purchases.write;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.reviews.contract.ReviewerRecords;
import io.bazaar.reviews.support.Purchases;
import io.bazaar.reviews.support.Purchases.Bought;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

/** Published reviews reach the catalog: search sorts and filters by rating, product pages carry them. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class RatingsInTheCatalogTest {

    @Inject
    Pool pool;

    @Inject
    ReviewerRecords records;

    @Test
    void searchSortsByRatingAndFiltersByMinimumRating() {
        // a currency no other test sells in keeps the result to these products
        UUID merchant = UUID.randomUUID();
        Bought loved = Purchases.received(customer(), merchant, "Loved kettle", "SEK");
        Bought liked = Purchases.received(customer(), merchant, "Liked kettle", "SEK");
        Bought unrated = Purchases.received(customer(), merchant, "Unrated kettle", "SEK");
        write(liked, review(liked, 3));
        write(loved, review(loved, 5));
        given().get("/api/catalog/products?currency=SEK&sort=rating").then().statusCode(200)
                .body("items.id", equalTo(List.of(loved.productId().toString(), liked.productId().toString(),
                        unrated.productId().toString())))
                .body("items[0].ratingCount", equalTo(1)).body("items[0].ratingAverage", equalTo(5.0f));
        given().get("/api/catalog/products?currency=SEK&minRating=4").then().statusCode(200)
                .body("items.id", equalTo(List.of(loved.productId().toString())));
    }

    @Test
    void theProductPageCarriesTheAggregateRatingAndTheNewestReviewsEscaped() throws Exception {
        Bought line = received("Page kettle");
        write(line, review(line, 4, "<script>alert(1)</script> Nice", "Boils fast & quiet </script><b>bold</b>", List.of()));
        Document page = Jsoup.parse(given().get("/p/" + line.productId() + "/p-" + line.productId()).then().statusCode(200)
                .extract().asString());
        JsonNode product = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        JsonNode rating = product.get("aggregateRating");
        assertEquals("4.0", rating.get("ratingValue").asText());
        assertEquals(1, rating.get("ratingCount").asInt());
        JsonNode review = product.get("review").get(0);
        assertEquals("Review", review.get("@type").asText());
        assertEquals(4, review.get("reviewRating").get("ratingValue").asInt());
        assertEquals("Test Shopper", review.get("author").get("name").asText());
        assertEquals("<script>alert(1)</script> Nice", review.get("name").asText());
        assertEquals("Boils fast & quiet </script><b>bold</b>", review.get("reviewBody").asText());
        // the texts are on the page as text: no element came out of them
        assertEquals(1, page.select("script").size());
        assertTrue(page.select(".reviews b").isEmpty());
        assertEquals("<script>alert(1)</script> Nice", page.selectFirst(".review strong").text());
        assertEquals("Boils fast & quiet </script><b>bold</b>", page.selectFirst(".review .text").text());
        assertEquals("Rated 4.0 out of 5 (1 rating)", page.selectFirst("p.rating").text());
    }

    @Test
    void aDeletedAccountsReviewIsNamedInTheReadersLanguageOnThePageAndFlaggedInTheApi() throws Exception {
        Bought line = received("Erased kettle");
        write(line, review(line, 5));
        // identity's account deletion erases the author through the reviews contract, in its transaction
        ReviewerRecords.Erased erased = pool.withTransaction(tx -> records.erase(tx, line.buyer().id())).await().indefinitely();
        assertEquals(1, erased.reviews());

        given().get("/api/reviews/products/" + line.productId()).then().statusCode(200)
                .body("items[0].authorErased", equalTo(true)).body("items[0].authorName", nullValue())
                .body("items[0].stars", equalTo(5));
        String url = "/p/" + line.productId() + "/p-" + line.productId();
        Response chinese = given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get(url);
        chinese.then().statusCode(200).header("Vary", containsString("Accept-Language"));
        Document zh = Jsoup.parse(chinese.asString());
        assertTrue(zh.selectFirst(".review .byline").text().startsWith("已注销用户 · "), zh.selectFirst(".review .byline").text());
        assertEquals("已注销用户", jsonLdAuthor(zh));
        Document en = Jsoup.parse(given().header("Accept-Language", "en-GB").get(url).then().statusCode(200).extract().asString());
        assertTrue(en.selectFirst(".review .byline").text().startsWith("Deleted account · "));
        assertEquals("Deleted account", jsonLdAuthor(en));
        // no language asked for: English, the page's own
        assertEquals("Deleted account", jsonLdAuthor(Jsoup.parse(given().get(url).then().statusCode(200).extract().asString())));
        assertEquals("5.0", new ObjectMapper().readTree(en.selectFirst("script[type=application/ld+json]").data())
                .get("aggregateRating").get("ratingValue").asText(), "still counted");
    }

    private static String jsonLdAuthor(Document page) throws Exception {
        return new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data())
                .get("review").get(0).get("author").get("name").asText();
    }
}
