package io.bazaar.orders.order;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.bazaar.orders.support.Shop.stockOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.orders.order.service.OrderJobs;
import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class OrderLifecycleTest {

    @Inject
    OrderJobs jobs;

    @Test
    void transitionsTheStateMachineDoesNotAllowAre409() {
        UUID merchant = UUID.randomUUID();
        Customer shopper = customer();
        String number = placeOrder(shopper, sku(merchant, "Tee", 1000, 5), 1).getString("orders[0].orderNumber");
        String staff = staffToken(merchant, "orders");
        Map<String, String> parcel = Map.of("carrier", "SF", "trackingNumber", "T1");
        as(staff).body(parcel).post("/api/merchant/orders/" + number + "/ship").then().statusCode(409)
                .body("type", endsWith("/invalid-transition"));
        as(shopper.token()).post("/api/orders/" + number + "/confirm-receipt").then().statusCode(409)
                .body("type", endsWith("/invalid-transition"));
        pay(number, shopper);
        as(shopper.token()).post("/api/orders/" + number + "/cancel").then().statusCode(409)
                .body("type", endsWith("/invalid-transition"));
        as(staff).body(parcel).post("/api/merchant/orders/" + number + "/ship").then().statusCode(200);
        as(staff).body(parcel).post("/api/merchant/orders/" + number + "/ship").then().statusCode(409);
        jobs.deliverShipped(Instant.now().plus(Duration.ofDays(11))).await().indefinitely();
        as(shopper.token()).get("/api/orders/" + number).then().body("status", equalTo("DELIVERED"))
                .body("history[-1].by", equalTo("system"));
        as(shopper.token()).post("/api/orders/" + number + "/confirm-receipt").then().statusCode(409);
    }

    @Test
    void cancellingAnUnpaidOrderRestoresItsStock() {
        Customer shopper = customer();
        UUID tee = sku(UUID.randomUUID(), "Tee", 1000, 5);
        String number = placeOrder(shopper, tee, 3).getString("orders[0].orderNumber");
        assertEquals(2, stockOf(tee));
        as(shopper.token()).post("/api/orders/" + number + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("history.to", equalTo(List.of("AWAITING_PAYMENT", "CANCELLED")));
        assertEquals(5, stockOf(tee));
        as(shopper.token()).post("/api/orders/" + number + "/cancel").then().statusCode(409);
        assertEquals(5, stockOf(tee));
    }

    @Test
    void unpaidOrdersAreCancelledAfterTheTimeoutAndTheirStockComesBack() {
        Customer shopper = customer();
        UUID tee = sku(UUID.randomUUID(), "Tee", 1000, 4);
        JsonPath placed = placeOrder(shopper, tee, 4);
        String number = placed.getString("orders[0].orderNumber");
        assertEquals(0, stockOf(tee));
        jobs.cancelUnpaid(Instant.now().plus(Duration.ofMinutes(10))).await().indefinitely();
        as(shopper.token()).get("/api/orders/" + number).then().body("status", equalTo("AWAITING_PAYMENT"));
        jobs.cancelUnpaid(Instant.now().plus(Duration.ofMinutes(31))).await().indefinitely();
        as(shopper.token()).get("/api/orders/" + number).then().body("status", equalTo("CANCELLED"))
                .body("history[-1].by", equalTo("system"));
        assertEquals(4, stockOf(tee));
        // a payment arriving after the cancellation does not revive the order
        given().post(placed.getString("payment.redirectUrl") + "/complete").then().statusCode(200);
        as(shopper.token()).get("/api/orders/" + number).then().body("status", equalTo("CANCELLED"));
        assertEquals(4, stockOf(tee));
    }

    @Test
    void anotherCustomersOrderIsNotFound() {
        Customer owner = customer();
        Customer stranger = customer();
        String number = placeOrder(owner, sku(UUID.randomUUID(), "Tee", 1000, 5), 1).getString("orders[0].orderNumber");
        as(stranger.token()).get("/api/orders/" + number).then().statusCode(404).body("type", endsWith("/order-not-found"));
        as(stranger.token()).post("/api/orders/" + number + "/cancel").then().statusCode(404);
        as(stranger.token()).post("/api/orders/" + number + "/confirm-receipt").then().statusCode(404);
        as(stranger.token()).get("/api/orders").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        as(owner.token()).get("/api/orders").then().statusCode(200).body("items.orderNumber", equalTo(List.of(number)));
        given().get("/api/orders/" + number).then().statusCode(401);
    }

    @Test
    void aMerchantSeesOnlyItsOwnOrdersFilteredByStatusAndDate() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        Customer shopper = customer();
        String paid = placeOrder(shopper, sku(mine, "Tee", 1000, 5), 1).getString("orders[0].orderNumber");
        pay(paid, shopper);
        String unpaid = placeOrder(shopper, sku(mine, "Cap", 500, 5), 1).getString("orders[0].orderNumber");
        String foreign = placeOrder(shopper, sku(theirs, "Mug", 700, 5), 1).getString("orders[0].orderNumber");
        String staff = staffToken(mine, "orders");
        as(staff).get("/api/merchant/orders").then().statusCode(200).body("items", hasSize(2))
                .body("items.orderNumber", hasItem(paid)).body("items.orderNumber", not(hasItem(foreign)));
        as(staff).get("/api/merchant/orders?status=paid").then().statusCode(200).body("items.orderNumber", equalTo(List.of(paid)));
        as(staff).get("/api/merchant/orders?from=" + Instant.now().plusSeconds(3600)).then().body("items", hasSize(0));
        as(staff).get("/api/merchant/orders?to=" + Instant.now().plusSeconds(3600) + "&status=AWAITING_PAYMENT")
                .then().body("items.orderNumber", equalTo(List.of(unpaid)));
        as(staff).get("/api/merchant/orders/" + foreign).then().statusCode(404);
        as(staff).body(Map.of("carrier", "SF", "trackingNumber", "1")).post("/api/merchant/orders/" + foreign + "/ship")
                .then().statusCode(404);
        as(staff).get("/api/merchant/orders?status=LOST").then().statusCode(400).body("errors.field", hasItem("status"));
        as(staff).get("/api/merchant/orders?from=yesterday").then().statusCode(400).body("errors.field", hasItem("from"));
        as(staff).get("/api/merchant/orders?limit=1000").then().statusCode(400).body("errors.field", hasItem("limit"));
        as(staffToken(mine, "products")).get("/api/merchant/orders").then().statusCode(403)
                .body("type", endsWith("/missing-permission"));
        as(shopper.token()).get("/api/merchant/orders").then().statusCode(403);
        as(staff).body(Map.of("carrier", "")).post("/api/merchant/orders/" + paid + "/ship").then().statusCode(400)
                .body("errors.field", hasItem("carrier")).body("errors.field", hasItem("trackingNumber"));
    }

    @Test
    void aCustomerFiltersTheirOrdersByStatus() {
        Customer shopper = customer();
        UUID merchant = UUID.randomUUID();
        String paid = placeOrder(shopper, sku(merchant, "Tee", 1000, 5), 1).getString("orders[0].orderNumber");
        pay(paid, shopper);
        String unpaid = placeOrder(shopper, sku(merchant, "Cap", 500, 5), 1).getString("orders[0].orderNumber");
        String cancelled = placeOrder(shopper, sku(merchant, "Mug", 700, 5), 1).getString("orders[0].orderNumber");
        as(shopper.token()).post("/api/orders/" + cancelled + "/cancel").then().statusCode(200);
        as(shopper.token()).get("/api/orders?status=PAID").then().statusCode(200)
                .body("items.orderNumber", equalTo(List.of(paid))).body("total", equalTo(1));
        as(shopper.token()).get("/api/orders?status=awaiting_payment&status=CANCELLED").then().statusCode(200)
                .body("items.orderNumber", equalTo(List.of(cancelled, unpaid)));
        as(shopper.token()).get("/api/orders?status=PAID,CANCELLED").then().body("total", equalTo(2));
        as(shopper.token()).get("/api/orders?status=SHIPPED").then().body("items", hasSize(0)).body("total", equalTo(0));
        as(shopper.token()).get("/api/orders").then().body("total", equalTo(3));
        as(shopper.token()).get("/api/orders?status=LOST").then().statusCode(400).body("errors.field", hasItem("status"));
        as(customer().token()).get("/api/orders?status=PAID").then().body("total", equalTo(0));
    }

    static JsonPath placeOrder(Customer shopper, UUID sku, int quantity) {
        cart(shopper.id(), Map.of(sku, quantity));
        return checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201).extract().jsonPath();
    }

    static void pay(String number, Customer shopper) {
        String checkoutId = as(shopper.token()).get("/api/orders/" + number).then().extract().path("checkoutId");
        String paymentId = io.bazaar.orders.support.Shop.one("select id from payments where checkout_id = $1",
                io.vertx.mutiny.sqlclient.Tuple.of(UUID.fromString(checkoutId))).getUUID(0).toString();
        given().post("/api/payments/sandbox/" + paymentId + "/complete").then().statusCode(200);
        as(shopper.token()).get("/api/orders/" + number).then().body("status", equalTo("PAID"));
    }
}
