package io.bazaar.server.shop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;

/** Without a configured public base URL, the shop's own links name the port the server listens on (here not 8080). */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class OwnUrlsTest {

    @Inject
    Pool pool;

    @Test
    void sitemapsProductPagesAndPaymentPagesUseTheServersPort() {
        assertNotEquals(8080, RestAssured.port, "the test server listens on a port picked at start");
        String base = "http://localhost:" + RestAssured.port;
        ShopFixtures shop = new ShopFixtures(pool);
        UUID sku = shop.productOnSale(UUID.randomUUID(), "Port probe", 1000, 5);

        given().get("/robots.txt").then().statusCode(200).body(containsString("Sitemap: " + base + "/sitemap.xml"));
        given().get("/sitemap.xml").then().statusCode(200).body(containsString(base + "/sitemaps/products-"));
        given().redirects().follow(true).get("/p/" + shop.productOf(sku)).then().statusCode(200)
                .body(containsString("<link rel=\"canonical\" href=\"" + base + "/p/" + shop.productOf(sku) + "/"));

        String shopper = shop.shopper();
        ShopFixtures.as(shopper).body(Map.of("skuId", sku, "quantity", 1)).post("/api/cart/lines").then().statusCode(200);
        String payAt = ShopFixtures.as(shopper).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ShopFixtures.checkoutBody()).post("/api/orders/checkout").then().statusCode(201)
                .extract().path("payment.redirectUrl");
        assertTrue(payAt.startsWith(base + "/api/payments/sandbox/"), payAt);
    }
}
