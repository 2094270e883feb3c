package io.bazaar.orders.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.one;
import static io.bazaar.orders.support.Shop.sku;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.support.FakeStripe;
import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.orders.support.StripeSigning;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

/** The Stripe provider end to end: the official SDK against a local server answering as Stripe, signed webhooks. */
@QuarkusTest
@TestProfile(StripePaymentsTest.StripeProfile.class)
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class StripePaymentsTest {

    private static final String WEBHOOK = "/api/payments/webhook/stripe";

    /** New payments go to Stripe, whose API is the local fake. */
    public static class StripeProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bazaar.payments.provider", "stripe");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeStripe.class));
        }
    }

    @Test
    void checkoutOpensAStripeCheckoutSessionWithOurIdempotencyKey() {
        Placed placed = place();
        assertEquals("https://checkout.stripe.com/c/pay/cs_test_a1b2c3d4e5f6g7h8i9j0", placed.json().getString("payment.redirectUrl"));
        assertEquals("stripe", placed.json().getString("payment.provider"));
        List<LoggedRequest> sent = stripe().find(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo("bazaar-payment-" + placed.paymentId())));
        assertEquals(1, sent.size());
        LoggedRequest request = sent.get(0);
        assertEquals("Bearer " + FakeStripe.SECRET_KEY, request.getHeader("Authorization"));
        String form = URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8);
        assertTrue(form.contains("line_items[0][price_data][unit_amount]=1234"), form);
        assertTrue(form.contains("line_items[0][price_data][currency]=cny"), form);
        assertTrue(form.contains("metadata[bazaar_payment_id]=" + placed.paymentId()), form);
        assertTrue(form.contains("payment_intent_data[metadata][bazaar_payment_id]=" + placed.paymentId()), form);
        assertTrue(form.contains("mode=payment"), form);
        assertEquals("cs_test_a1b2c3d4e5f6g7h8i9j0", one("select provider_reference from payments where id = $1",
                Tuple.of(UUID.fromString(placed.paymentId()))).getString(0));
    }

    @Test
    void aSucceededPaymentIntentPaysTheOrderAndAReplayChangesNothing() {
        Placed placed = place();
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        String body = event("payment_intent.succeeded", intent(placed, intent, placed.amount()));
        String signature = StripeSigning.header(FakeStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond(), body);
        post(body, signature).then().statusCode(200);
        placed.status("PAID");
        post(body, signature).then().statusCode(200);
        post(body, StripeSigning.header(FakeStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond(), body)).then().statusCode(200);
        placed.status("PAID");
        assertEquals(1, count("select count(*) from order_status_history where order_number = $1 and to_status = 'PAID'",
                Tuple.of(placed.number())));
        assertEquals(intent, one("select settled_reference from payments where id = $1",
                Tuple.of(UUID.fromString(placed.paymentId()))).getString(0));
    }

    @Test
    void aFailedPaymentIntentLeavesTheOrderUnpaid() {
        Placed placed = place();
        String body = event("payment_intent.payment_failed", intent(placed, "pi_" + UUID.randomUUID().toString().replace("-", ""),
                placed.amount()));
        post(body, StripeSigning.header(FakeStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond(), body)).then().statusCode(200);
        placed.status("AWAITING_PAYMENT");
        assertEquals("FAILED", one("select status from payments where id = $1", Tuple.of(UUID.fromString(placed.paymentId())))
                .getString(0));
    }

    @Test
    void aWrongOrMissingSignatureIsRefused() {
        Placed placed = place();
        String body = event("payment_intent.succeeded", intent(placed, "pi_x", placed.amount()));
        long now = Instant.now().getEpochSecond();
        post(body, StripeSigning.header("whsec_not_the_secret", now, body)).then().statusCode(401)
                .contentType("application/problem+json").body("type", endsWith("/invalid-signature"));
        post(body.replace("1234", "1"), StripeSigning.header(FakeStripe.WEBHOOK_SECRET, now, body)).then().statusCode(401);
        post(body, "t=" + now).then().statusCode(401);
        given().contentType("application/json").body(body).post(WEBHOOK).then().statusCode(401)
                .contentType("application/problem+json");
        placed.status("AWAITING_PAYMENT");
    }

    @Test
    void aStaleTimestampIsRefused() {
        Placed placed = place();
        String body = event("payment_intent.succeeded", intent(placed, "pi_y", placed.amount()));
        post(body, StripeSigning.header(FakeStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond() - 301, body)).then()
                .statusCode(400).contentType("application/problem+json").body("type", endsWith("/stale-webhook"));
        placed.status("AWAITING_PAYMENT");
    }

    @Test
    void aRefundGoesThroughStripesRefundsApiWithAnIdempotencyKey() {
        Placed placed = place();
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        pay(placed, intent);
        JsonPath refund = as(adminToken()).header("Idempotency-Key", "r-" + UUID.randomUUID()).body(Map.of("amountMinor", 1000))
                .post("/api/admin/orders/" + placed.number() + "/refunds").then().statusCode(201).extract().jsonPath();
        assertEquals("SUCCEEDED", refund.getString("status"));
        List<LoggedRequest> sent = stripe().find(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("bazaar-refund-" + refund.getString("refundId"))));
        assertEquals(1, sent.size());
        String form = URLDecoder.decode(sent.get(0).getBodyAsString(), StandardCharsets.UTF_8);
        assertTrue(form.contains("payment_intent=" + intent), form);
        assertTrue(form.contains("amount=1000"), form);
        assertTrue(form.contains("metadata[bazaar_refund_id]=" + refund.getString("refundId")), form);
        assertEquals("re_1Nispe2eZvKYlo2Cd31jOCgZ", one("select provider_reference from refunds where id = $1",
                Tuple.of(UUID.fromString(refund.getString("refundId")))).getString(0));
        placed.status("PAID");
        // Stripe confirms with charge.refunded: it matches what Bazaar recorded, so no alert; a replay adds nothing
        String charge = FakeStripe.recorded("charge_refunded.json").replace("pi_3MtwBwLkdIwHu7ix28a3tqPa", intent)
                .replace("\"amount_refunded\": 1234", "\"amount_refunded\": 1000");
        String body = event("charge.refunded", charge);
        post(body, StripeSigning.header(FakeStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond(), body)).then().statusCode(200);
        post(body, StripeSigning.header(FakeStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond(), body)).then().statusCode(200);
        assertEquals(0, count("select count(*) from payment_alerts where payment_id = $1", Tuple.of(UUID.fromString(placed.paymentId()))));
    }

    @Test
    void aPaymentAfterCancellationIsRefundedAutomaticallyAndRaisesAnAlert() {
        Placed placed = place();
        as(placed.shopper().token()).post("/api/orders/" + placed.number() + "/cancel").then().statusCode(200);
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        String body = event("payment_intent.succeeded", intent(placed, intent, placed.amount()));
        post(body, StripeSigning.header(FakeStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond(), body)).then().statusCode(200);
        post(body, StripeSigning.header(FakeStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond(), body)).then().statusCode(200);
        placed.status("CANCELLED");
        UUID paymentId = UUID.fromString(placed.paymentId());
        assertEquals(1, count("select count(*) from refunds where payment_id = $1 and kind = 'AUTOMATIC' and status = 'SUCCEEDED' "
                + "and amount_minor = $2", Tuple.of(paymentId, placed.amount())));
        List<LoggedRequest> sent = stripe().find(postRequestedFor(urlEqualTo("/v1/refunds")));
        assertTrue(sent.stream().anyMatch(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8)
                .contains("payment_intent=" + intent)));
        as(adminToken()).get("/api/admin/payments/alerts?size=100").then().statusCode(200)
                .body("items.paymentId", hasItem(placed.paymentId())).body("items.kind", hasItem("PAID_AFTER_CANCELLATION"));
        assertEquals(1, count("select count(*) from payment_alerts where payment_id = $1", Tuple.of(paymentId)));
        as(placed.shopper().token()).get("/api/admin/payments/alerts").then().statusCode(403);
    }

    @Test
    void noSandboxPageExistsForAnUnknownPayment() {
        given().get("/api/payments/sandbox/" + UUID.randomUUID()).then().statusCode(404);
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
            as(shopper.token()).get("/api/orders/" + number()).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo(expected));
        }
    }

    private static Placed place() {
        Customer shopper = customer();
        cart(shopper.id(), Map.of(sku(UUID.randomUUID(), "Tee", 1234, 5), 1));
        Map<String, Object> body = checkoutBody();
        body.put("paymentMethod", "card");
        return new Placed(shopper, checkout(shopper.token(), "k-" + UUID.randomUUID(), body).then().statusCode(201)
                .extract().jsonPath());
    }

    private static void pay(Placed placed, String intent) {
        String body = event("payment_intent.succeeded", intent(placed, intent, placed.amount()));
        post(body, StripeSigning.header(FakeStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond(), body)).then().statusCode(200);
        placed.status("PAID");
    }

    /** The recorded PaymentIntent, as this payment's. */
    private static String intent(Placed placed, String intentId, long amount) {
        return FakeStripe.recorded("payment_intent.json").replace("pi_3MtwBwLkdIwHu7ix28a3tqPa", intentId)
                .replace("00000000-0000-0000-0000-000000000000", placed.paymentId())
                .replace("\"amount\": 1234", "\"amount\": " + amount).replace("\"amount_received\": 1234", "\"amount_received\": " + amount);
    }

    /** A Stripe event envelope around an object, as Stripe posts it. */
    private static String event(String type, String object) {
        return "{\n  \"id\": \"evt_" + UUID.randomUUID().toString().replace("-", "") + "\",\n  \"object\": \"event\",\n"
                + "  \"api_version\": \"" + Stripe.API_VERSION + "\",\n  \"created\": " + Instant.now().getEpochSecond() + ",\n"
                + "  \"data\": {\"object\": " + object + "},\n  \"livemode\": false,\n  \"pending_webhooks\": 1,\n"
                + "  \"request\": {\"id\": null, \"idempotency_key\": null},\n  \"type\": \"" + type + "\"\n}";
    }

    private static Response post(String body, String signature) {
        return given().contentType("application/json").header("Stripe-Signature", signature).body(body).post(WEBHOOK);
    }

    private static WireMock stripe() {
        URI base = URI.create(ConfigProvider.getConfig().getValue("bazaar.payments.stripe.api-base", String.class));
        return new WireMock(base.getHost(), base.getPort());
    }
}
