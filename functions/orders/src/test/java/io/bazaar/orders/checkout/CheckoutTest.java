package io.bazaar.orders.checkout;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.cartSkus;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.bazaar.orders.support.Shop.stockOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.orders.notification.service.NotificationSender;
import io.bazaar.orders.order.service.OrderJobs;
import io.bazaar.orders.support.Shop;
import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CheckoutTest {

    @Inject
    OrderJobs jobs;

    @Inject
    NotificationSender sender;

    @Test
    void anOrderGoesFromCartToPaymentToShipmentToCompletion() {
        UUID merchant = UUID.randomUUID();
        UUID tee = sku(merchant, "Cotton tee", 1999, 10);
        UUID mug = sku(merchant, "Mug", 500, 5);
        UUID kept = sku(merchant, "Kept for later", 100, 5);
        Customer shopper = customer(true, Shop.newPhone());
        cart(shopper.id(), Map.of(tee, 2, mug, 1), Map.of(kept, 1));

        JsonPath created = checkout(shopper.token(), "key-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .body("orders", hasSize(1))
                .body("orders[0].merchantId", equalTo(merchant.toString()))
                .body("orders[0].itemsMinor", equalTo(2 * 1999 + 500))
                .body("orders[0].discountMinor", equalTo(0))
                .body("orders[0].shippingMinor", equalTo(0))
                .body("orders[0].totalMinor", equalTo(4498))
                .body("orders[0].currency", equalTo("CNY"))
                .body("orders[0].status", equalTo("AWAITING_PAYMENT"))
                .body("orders[0].orderNumber", matchesPattern("\\d{12}[0-9A-HJKMNP-TV-Z]{8}"))
                .body("orders[0].lines.productName", hasItem("Cotton tee"))
                .body("orders[0].lines[0].attributes.colour", equalTo("red"))
                .body("grandTotalMinor", equalTo(4498))
                .body("payment.redirectUrl", containsString("/api/payments/sandbox/"))
                .extract().jsonPath();
        String number = created.getString("orders[0].orderNumber");
        assertEquals(8, stockOf(tee));
        assertEquals(4, stockOf(mug));
        assertEquals(Set.of(kept.toString()), cartSkus(shopper.id()));

        String page = given().get(created.getString("payment.redirectUrl")).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("44.98 CNY") && page.contains("Pay") && page.contains("Fail"), page);
        given().post(created.getString("payment.redirectUrl") + "/complete").then().statusCode(200)
                .body(containsString("Payment completed"))
                .body(containsString("href=\"/orders?payment=" + created.getString("payment.paymentId") + "&amp;outcome=paid\""));
        as(shopper.token()).get("/api/orders/" + number).then().statusCode(200).body("status", equalTo("PAID"));

        String staff = staffToken(merchant, "orders");
        as(staff).body(Map.of("carrier", "SF Express", "trackingNumber", "SF123456789")).post("/api/merchant/orders/" + number + "/ship")
                .then().statusCode(200).body("status", equalTo("SHIPPED")).body("carrier", equalTo("SF Express"));
        as(shopper.token()).post("/api/orders/" + number + "/confirm-receipt").then().statusCode(200)
                .body("status", equalTo("DELIVERED"));

        jobs.completeDelivered(Instant.now().plus(Duration.ofDays(8))).await().indefinitely();
        as(shopper.token()).get("/api/orders/" + number).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("history.to", equalTo(List.of("AWAITING_PAYMENT", "PAID", "SHIPPED", "DELIVERED", "COMPLETED")))
                .body("history[2].by", containsString("merchant-staff:"))
                .body("lines", hasSize(2));

        sender.sendDue(Instant.now().plusSeconds(1)).await().indefinitely();
        var emails = Shop.outbox().emails().stream().filter(e -> e.isTo(shopper.email())).toList();
        assertEquals(List.of("received", "paid", "is on its way", "delivered"),
                emails.stream().map(e -> e.subject().replaceAll("Bazaar order \\w+ ", "")).toList());
        assertTrue(emails.get(2).body().contains("SF123456789"));
        assertEquals(4, Shop.outbox().sms().stream().filter(s -> s.isTo(shopper.phone())).count());
        assertEquals(0, count("select count(*) from notifications where order_number = $1 and status <> 'SENT'",
                Tuple.of(number)));
    }
}
