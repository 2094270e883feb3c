package io.bazaar.server.shop;

import static io.bazaar.server.shop.ShopFixtures.as;
import static io.bazaar.server.shop.ShopFixtures.buy;
import static io.bazaar.server.shop.ShopFixtures.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The staff audit log across areas: one platform filter writes the changes staff make in the catalog and in orders,
 * and identity reads them back for the owner; reads, shoppers' writes and failed requests leave no entry.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class StaffAuditTest {

    @Inject
    Pool pool;

    @Test
    void changesInTheCatalogAndInOrdersAreLoggedWithTheirTargetsAndReadsAndShoppersAreNot() {
        ShopFixtures shop = new ShopFixtures(pool);
        UUID merchant = UUID.randomUUID();
        UUID sku = shop.productOnSale(merchant, "Audit probe tea", 1200, 10);
        UUID product = shop.productOf(sku);
        String shopper = shop.signedInShopper("a long audit password").path("accessToken");
        var bought = buy(shopper, sku, 1);
        given().post("/api/payments/sandbox/" + bought.paymentId() + "/complete").then().statusCode(200);

        String clerk = staff(merchant, "products", "orders");
        String clerkId = io.bazaar.server.shop.StaffAuditTest.subject(clerk);
        as(clerk).header("User-Agent", "Console/2.0").body(Map.of("priceMinor", 1100))
                .patch("/api/merchant/products/" + product + "/skus/" + sku).then().statusCode(200);
        as(clerk).get("/api/merchant/products/" + product).then().statusCode(200);
        as(clerk).body(Map.of("carrier", "SF", "trackingNumber", "SF-AUDIT-1"))
                .post("/api/merchant/orders/" + bought.orderNumber() + "/ship").then().statusCode(200);
        as(clerk).body(Map.of("carrier", "SF", "trackingNumber", "SF-AUDIT-2"))
                .post("/api/merchant/orders/" + bought.orderNumber() + "/ship").then().statusCode(409);
        as(shopper).post("/api/orders/" + bought.orderNumber() + "/confirm-receipt").then().statusCode(200);

        String owner = staff(merchant, "staff");
        JsonPath log = as(owner).get("/api/merchant/audit").then().statusCode(200).extract().jsonPath();
        assertEquals(2, log.getList("items").size(), log.prettify());
        assertEquals(List.of("POST", "PATCH"), log.getList("items.method"), "newest first");
        assertEquals("/api/merchant/orders/{number}/ship", log.getString("items[0].route"));
        assertEquals("MerchantOrderResource.ship", log.getString("items[0].operation"));
        assertEquals(Map.of("number", bought.orderNumber()), log.getMap("items[0].targets"));
        assertEquals(200, log.getInt("items[0].status"));
        assertEquals("/api/merchant/products/{id}/skus/{skuId}", log.getString("items[1].route"));
        assertEquals(Map.of("id", product.toString(), "skuId", sku.toString()), log.getMap("items[1].targets"));
        assertEquals("Console/2.0", log.getString("items[1].userAgent"));
        for (int i = 0; i < 2; i++) {
            assertEquals(clerkId, log.getString("items[" + i + "].accountId"));
            assertEquals("127.0.0.1", log.getString("items[" + i + "].clientAddress"));
        }

        as(staff(UUID.randomUUID(), "staff")).get("/api/merchant/audit").then().statusCode(200).body("items", hasSize(0));
        as(clerk).get("/api/merchant/audit").then().statusCode(403);
        as(shopper).get("/api/merchant/audit").then().statusCode(403);
    }

    static String subject(String jwt) {
        String claims = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return new io.vertx.core.json.JsonObject(claims).getString("sub");
    }
}
