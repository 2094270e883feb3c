package io.bazaar.members.inbox;

import static io.bazaar.members.support.Members.product;
import static io.bazaar.members.support.Members.shopper;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.members.support.Members.Product;
import io.bazaar.members.support.Members.Shopper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The orders area posts its order news to the shopper's inbox (through the members contract) as the order moves. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class OrderNewsTest {

    @Test
    void placingPayingAndShippingAnOrderEachLandInTheInbox() {
        Shopper me = shopper();
        Product lamp = product(UUID.randomUUID(), "Order news lamp", 2500, 3);
        cart(me.id(), Map.of(lamp.sku(), 1));
        JsonPath placed = as(me.token()).header("Idempotency-Key", UUID.randomUUID().toString()).body(checkoutBody())
                .post("/api/orders/checkout").then().statusCode(201).extract().jsonPath();
        String number = placed.getString("orders[0].orderNumber");
        as(me.token()).get("/api/me/notifications").then().statusCode(200)
                .body("items.key", contains("order.submitted")).body("items[0].kind", equalTo("ORDER"))
                .body("items[0].params", equalTo(Map.of("number", number)))
                .body("items[0].link", equalTo("/orders/" + number));

        given().post(placed.getString("payment.redirectUrl") + "/complete").then().statusCode(200);
        as(me.token()).get("/api/me/notifications").then().body("items.key", contains("order.paid", "order.submitted"))
                .body("unread", equalTo(2));

        as(staffToken(lamp.merchantId(), "orders")).body(Map.of("carrier", "SF Express", "trackingNumber", "SF123"))
                .post("/api/merchant/orders/" + number + "/ship").then().statusCode(200);
        as(me.token()).get("/api/me/notifications").then()
                .body("items.key", contains("order.shipped", "order.paid", "order.submitted")).body("unread", equalTo(3));
    }
}
