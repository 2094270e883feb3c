package io.bazaar.orders.payment;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.bazaar.orders.payment.sandbox.SandboxSignature;
import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class WebhookTest {

    private static final String WEBHOOK = "/api/payments/webhook/sandbox";

    @Test
    void aForgedOrMissingSignatureIsRefused() {
        Placed placed = place();
        String body = event(placed, "payment.succeeded", placed.amount());
        long now = Instant.now().getEpochSecond();
        post(body, SandboxSignature.header("not-the-secret", now, body)).then().statusCode(401)
                .body("type", endsWith("/invalid-signature"));
        post(body, SandboxSignature.header(secret(), now, body).replace("v1=", "v1=0")).then().statusCode(401);
        post(body, "t=" + now).then().statusCode(401);
        given().contentType("application/json").body(body).post(WEBHOOK).then().statusCode(401);
        String tampered = event(placed, "payment.succeeded", placed.amount()).replace("payment.succeeded", "payment.failed");
        post(tampered, SandboxSignature.header(secret(), now, body)).then().statusCode(401);
        placed.status("AWAITING_PAYMENT");
    }

    @Test
    void aStaleTimestampIsRefused() {
        Placed placed = place();
        String body = event(placed, "payment.succeeded", placed.amount());
        post(body, SandboxSignature.header(secret(), Instant.now().getEpochSecond() - 301, body)).then().statusCode(400)
                .body("type", endsWith("/stale-webhook"));
        post(body, SandboxSignature.header(secret(), Instant.now().getEpochSecond() + 600, body)).then().statusCode(400);
        placed.status("AWAITING_PAYMENT");
    }

    @Test
    void anAmountOrCurrencyOtherThanThePaymentsIsRefused() {
        Placed placed = place();
        String body = event(placed, "payment.succeeded", placed.amount() - 1);
        post(body, SandboxSignature.header(secret(), Instant.now().getEpochSecond(), body)).then().statusCode(422)
                .body("type", endsWith("/payment-mismatch"));
        String euros = event(placed, "payment.succeeded", placed.amount()).replace("\"CNY\"", "\"EUR\"");
        post(euros, SandboxSignature.header(secret(), Instant.now().getEpochSecond(), euros)).then().statusCode(422);
        placed.status("AWAITING_PAYMENT");
    }

    @Test
    void aReplayedWebhookChangesNothing() {
        Placed placed = place();
        String body = event(placed, "payment.succeeded", placed.amount());
        String signature = SandboxSignature.header(secret(), Instant.now().getEpochSecond(), body);
        post(body, signature).then().statusCode(200).body("received", equalTo(true));
        placed.status("PAID");
        post(body, signature).then().statusCode(200);
        post(body, signature).then().statusCode(200);
        String failed = event(placed, "payment.failed", placed.amount());
        post(failed, SandboxSignature.header(secret(), Instant.now().getEpochSecond(), failed)).then().statusCode(200);
        placed.status("PAID");
        assertEquals(1, count("select count(*) from order_status_history where order_number = $1 and to_status = 'PAID'",
                Tuple.of(placed.number())));
        assertEquals(1, count("select count(*) from notifications where order_number = $1 and kind = 'PAID' and channel = 'EMAIL'",
                Tuple.of(placed.number())));
        assertEquals("SUCCEEDED", io.bazaar.orders.support.Shop.one("select status from payments where id = $1",
                Tuple.of(UUID.fromString(placed.paymentId()))).getString(0));
    }

    @Test
    void aFailedPaymentLeavesTheOrderUnpaidAndCanStillBePaid() {
        Placed placed = place();
        given().post(placed.json().getString("payment.redirectUrl") + "/fail").then().statusCode(200);
        placed.status("AWAITING_PAYMENT");
        given().post(placed.json().getString("payment.redirectUrl") + "/complete").then().statusCode(200);
        placed.status("PAID");
        given().get("/api/payments/sandbox/" + UUID.randomUUID()).then().statusCode(404);
        given().post(WEBHOOK.replace("sandbox", "nobody")).then().statusCode(404);
    }

    private record Placed(Customer shopper, JsonPath json) {

        String number() {
            return json.getString("orders[0].orderNumber");
        }

        String paymentId() {
            return json.getString("payment.paymentId");
        }

        long amount() {
            return json.getLong("grandTotalMinor");
        }

        void status(String expected) {
            as(shopper.token()).get("/api/orders/" + number()).then().statusCode(200).body("status", equalTo(expected));
        }
    }

    private static Placed place() {
        Customer shopper = customer();
        cart(shopper.id(), Map.of(sku(UUID.randomUUID(), "Tee", 1234, 5), 1));
        return new Placed(shopper, checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .extract().jsonPath());
    }

    private static String event(Placed placed, String type, long amount) {
        return "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"created\":" + Instant.now().getEpochSecond()
                + ",\"data\":{\"paymentId\":\"" + placed.paymentId() + "\",\"amountMinor\":" + amount + ",\"currency\":\"CNY\"}}";
    }

    private static Response post(String body, String signature) {
        return given().contentType("application/json").header(SandboxSignature.HEADER, signature).body(body).post(WEBHOOK);
    }

    private static String secret() {
        return ConfigProvider.getConfig().getValue("bazaar.payments.sandbox.webhook-secret", String.class);
    }
}
