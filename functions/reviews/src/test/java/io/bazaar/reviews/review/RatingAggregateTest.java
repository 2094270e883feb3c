package io.bazaar.reviews.review;

import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.reviews.support.Purchases.received;
import static io.bazaar.reviews.support.Purchases.receivedAgain;
import static io.bazaar.reviews.support.Purchases.review;
import static io.bazaar.reviews.support.Purchases.write;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.reviews.support.Purchases.Bought;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The product's count, average and histogram equal a recount of its published reviews after every kind of change. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class RatingAggregateTest {

    @Inject
    Pool pool;

    @Test
    void theAggregateEqualsARecountAfterCreatesEditsModerationAndDeletes() {
        Bought first = received("Counted");
        List<Bought> lines = new ArrayList<>(List.of(first));
        for (int i = 0; i < 4; i++) {
            lines.add(receivedAgain(first));
        }
        String a = write(lines.get(0), review(lines.get(0), 5)).getString("review.id");
        String b = write(lines.get(1), review(lines.get(1), 3)).getString("review.id");
        String c = write(lines.get(2), review(lines.get(2), 4)).getString("review.id");
        String held = write(lines.get(3), review(lines.get(3), 1, "Bad", "Bad.", List.of())).getString("review.id");
        String d = write(lines.get(4), review(lines.get(4), 2)).getString("review.id");
        assertMatchesRecount(first.productId(), 4);

        edit(lines.get(1), b, 1, "Worse after a month", "The seams came apart after a month of use.");  // 3 -> 1
        assertMatchesRecount(first.productId(), 4);
        edit(lines.get(2), c, 4, "See my shop", "Better ones at www.my-shop.example");  // published -> held
        assertMatchesRecount(first.productId(), 3);
        edit(lines.get(2), c, 5, "Great", "Works well, no complaints at all.");  // held -> published, 5 stars
        assertMatchesRecount(first.productId(), 4);
        as(adminToken()).post("/api/admin/reviews/" + held + "/approve").then().statusCode(200);  // held -> counted
        assertMatchesRecount(first.productId(), 5);
        as(first.buyer().token()).delete("/api/me/reviews/" + a).then().statusCode(204);  // 5 leaves
        assertMatchesRecount(first.productId(), 4);
        as(io.bazaar.orders.support.Shop.staffToken(first.merchantId(), "messages")).body(Map.of("reason", "Abusive"))
                .post("/api/merchant/reviews/" + d + "/report").then().statusCode(200);
        as(adminToken()).post("/api/admin/reviews/" + d + "/reject").then().statusCode(200);  // hidden
        assertMatchesRecount(first.productId(), 3);
        edit(lines.get(4), d, 4, "Changed my mind", "On second thought it is a decent product for the price.");
        assertMatchesRecount(first.productId(), 3);  // resubmitted: held, not counted
    }

    private static void edit(Bought line, String id, int stars, String title, String text) {
        as(line.buyer().token()).body(Map.of("stars", stars, "title", title, "text", text)).put("/api/me/reviews/" + id)
                .then().statusCode(200);
    }

    /** Compares the catalog's aggregate (its public product API) with a count of the published reviews. */
    private void assertMatchesRecount(UUID productId, int expectedCount) {
        List<Integer> perStar = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        pool.preparedQuery("select stars, count(*) from reviews where product_id = $1 and status = 'PUBLISHED' group by stars")
                .execute(Tuple.of(productId)).await().indefinitely()
                .forEach(row -> perStar.set(row.getInteger(0) - 1, row.getInteger(1)));
        int count = perStar.stream().mapToInt(Integer::intValue).sum();
        long sum = 0;
        for (int s = 1; s <= 5; s++) {
            sum += (long) s * perStar.get(s - 1);
        }
        JsonPath product = given().get("/api/catalog/products/" + productId).then().statusCode(200).extract().jsonPath();
        assertEquals(expectedCount, count, "published reviews");
        assertEquals(count, product.getInt("ratingCount"));
        assertEquals(perStar, product.getList("ratingHistogram", Integer.class));
        if (count > 0) {
            assertEquals(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP),
                    new BigDecimal(product.getString("ratingAverage")).setScale(2, RoundingMode.HALF_UP));
        }
    }
}
