package io.bazaar.members.recent;

import static io.bazaar.members.support.Members.product;
import static io.bazaar.members.support.Members.shopper;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.sql;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.members.support.Members.Product;
import io.bazaar.members.support.Members.Shopper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class RecentlyViewedTest {

    @Test
    void viewsAreListedNewestFirstEachOnce() {
        Shopper me = shopper();
        UUID merchant = UUID.randomUUID();
        Product a = product(merchant, "Viewed A", 100, 1);
        Product b = product(merchant, "Viewed B", 200, 0);
        view(me, a);
        view(me, b);
        view(me, a);
        as(me.token()).get("/api/me/recently-viewed").then().statusCode(200)
                .body("name", contains("Viewed A", "Viewed B"))
                .body("[1].inStock", equalTo(false)).body("[1].priceMinor", equalTo(200));
        as(me.token()).queryParam("limit", 1).get("/api/me/recently-viewed").then().body("name", contains("Viewed A"));
        as(shopper().token()).get("/api/me/recently-viewed").then().body("$", empty());
    }

    @Test
    void theListKeepsTheLastFiftyAndHidesProductsNoLongerForSale() {
        Shopper me = shopper();
        UUID merchant = UUID.randomUUID();
        Product first = product(merchant, "First seen", 100, 1);
        view(me, first);
        IntStream.range(0, 50).forEach(i -> view(me, product(merchant, "Seen " + i, 100, 1)));
        as(me.token()).queryParam("limit", 50).get("/api/me/recently-viewed").then().body("$", hasSize(50))
                .body("[0].name", equalTo("Seen 49")).body("name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("First seen")));
        Product hidden = product(merchant, "Soon hidden", 100, 1);
        view(me, hidden);
        sql("update products set listed = false where id = $1", Tuple.of(hidden.id()));
        as(me.token()).get("/api/me/recently-viewed").then().body("[0].name", equalTo("Seen 49"));
    }

    @Test
    void onlyProductsForSaleAreRecordedAndTheListCanBeCleared() {
        Shopper me = shopper();
        Product draft = product(UUID.randomUUID(), "Draft", 100, 1, false);
        as(me.token()).body(Map.of("productId", draft.id())).post("/api/me/recently-viewed").then().statusCode(404)
                .body("type", equalTo("https://bazaar.dev/problems/product-not-found"));
        as(me.token()).body(Map.of()).post("/api/me/recently-viewed").then().statusCode(400)
                .body("errors[0].field", equalTo("productId"));
        as(me.token()).body(Map.of("productId", "nope")).post("/api/me/recently-viewed").then().statusCode(400);
        as(me.token()).queryParam("limit", 51).get("/api/me/recently-viewed").then().statusCode(400);
        view(me, product(UUID.randomUUID(), "Cleared", 100, 1));
        as(me.token()).delete("/api/me/recently-viewed").then().statusCode(204);
        as(me.token()).get("/api/me/recently-viewed").then().body("$", empty());
        given().get("/api/me/recently-viewed").then().statusCode(401);
    }

    private static void view(Shopper shopper, Product product) {
        as(shopper.token()).body(Map.of("productId", product.id())).post("/api/me/recently-viewed").then().statusCode(204);
    }
}
