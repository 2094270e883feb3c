package io.bazaar.orders.payment;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.support.Shop.Customer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class OrderPaymentTest {

    @Test
    void anUnpaidOrderTellsWhereToPayUntilItIsPaid() {
        UUID merchant = UUID.randomUUID();
        UUID lamp = sku(merchant, "Paid-later lamp", 3000, 4);
        Customer shopper = customer();
        cart(shopper.id(), Map.of(lamp, 1));
        JsonPath created = checkout(shopper.token(), "key-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .extract().jsonPath();
        String number = created.getString("orders[0].orderNumber");
        String payUrl = created.getString("payment.redirectUrl");

        as(shopper.token()).get("/api/orders/" + number + "/payment").then().statusCode(200)
                .body("paymentId", equalTo(created.getString("payment.paymentId")))
                .body("provider", equalTo("sandbox"))
                .body("status", equalTo("PENDING"))
                .body("amountMinor", equalTo(created.getInt("grandTotalMinor")))
                .body("currency", equalTo("CNY"))
                .body("payUrl", equalTo(payUrl));

        given().post(payUrl + "/complete").then().statusCode(200);
        as(shopper.token()).get("/api/orders/" + number + "/payment").then().statusCode(200)
                .body("status", equalTo("SUCCEEDED"))
                .body("payUrl", nullValue());
    }

    @Test
    void anotherShoppersOrderPaymentIsOutOfReach() {
        UUID merchant = UUID.randomUUID();
        Customer owner = customer();
        cart(owner.id(), Map.of(sku(merchant, "Private vase", 1500, 2), 1));
        String number = checkout(owner.token(), "key-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .extract().path("orders[0].orderNumber");

        as(customer().token()).get("/api/orders/" + number + "/payment").then().statusCode(404)
                .body("type", endsWith("/order-not-found"));
        given().get("/api/orders/" + number + "/payment").then().statusCode(401);
        as(owner.token()).get("/api/orders/000000000000NOSUCHNO/payment").then().statusCode(404);
    }
}
