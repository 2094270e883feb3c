package io.bazaar.server.shop;

import static io.bazaar.server.shop.ShopFixtures.buy;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Units count as sold when their order is paid and stop counting when refunded; sort=sales and the product page show
 * what was really sold.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class SalesCountTest {

    @Inject
    Pool pool;

    @Test
    void sortBySalesOrdersByUnitsPaidFor() {
        ShopFixtures shop = new ShopFixtures(pool);
        UUID merchant = UUID.randomUUID();
        String word = "salesprobe" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        UUID slow = shop.productOnSale(merchant, "Slow " + word, 1000, 50);
        UUID popular = shop.productOnSale(merchant, "Popular " + word, 1000, 50);
        UUID unpaid = shop.productOnSale(merchant, "Unpaid " + word, 1000, 50);

        pay(buy(shop.shopper(), slow, 1));
        pay(buy(shop.shopper(), popular, 2));
        pay(buy(shop.shopper(), popular, 1));
        buy(shop.shopper(), unpaid, 5);
        ShopFixtures.Bought refunded = buy(shop.shopper(), slow, 4);
        pay(refunded);
        assertEquals(5, sales(shop, slow));
        ShopFixtures.as(ShopFixtures.admin()).header("Idempotency-Key", UUID.randomUUID().toString()).body("{}")
                .post("/api/admin/orders/" + refunded.orderNumber() + "/refunds").then().statusCode(201);

        assertEquals(1, sales(shop, slow), "a wholly refunded line no longer counts as sold");
        assertEquals(3, sales(shop, popular));
        assertEquals(0, sales(shop, unpaid), "ordered but not paid: not sold");
        List<String> ids = given().queryParam("q", word).queryParam("sort", "sales").get("/api/catalog/products")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(shop.productOf(popular).toString(), shop.productOf(slow).toString(),
                shop.productOf(unpaid).toString()), ids);
        given().redirects().follow(true).get("/p/" + shop.productOf(popular) + "/x").then().statusCode(200)
                .body(containsString("3 sold"));
    }

    /** The shopper presses Pay on the sandbox's page, which reports to the webhook over HTTP. */
    private static void pay(ShopFixtures.Bought bought) {
        given().post("/api/payments/sandbox/" + bought.paymentId() + "/complete").then().statusCode(200);
    }

    private static long sales(ShopFixtures shop, UUID sku) {
        return shop.one("select sales_count from product_stats where product_id = $1", Tuple.of(shop.productOf(sku)))
                .getLong(0);
    }
}
