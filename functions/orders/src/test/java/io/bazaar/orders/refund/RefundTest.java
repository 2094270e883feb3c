package io.bazaar.orders.refund;

import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.bazaar.orders.support.Shop.stockOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.payment.sandbox.SandboxSignature;
import io.bazaar.orders.support.Shop.Customer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class RefundTest {

    @Test
    void theAdminRefundsAWholeOrderWhichBecomesRefunded() {
        Paid paid = paid();
        Response first = adminRefund(paid.number(), "r-" + UUID.randomUUID(), Map.of("reason", "customer asked"));
        first.then().statusCode(201).body("amountMinor", equalTo((int) paid.total())).body("status", equalTo("SUCCEEDED"))
                .body("kind", equalTo("REQUESTED")).body("lines.size()", equalTo(2));
        paid.status("REFUNDED");
        assertEquals(1, count("select count(*) from order_status_history where order_number = $1 and to_status = 'REFUNDED'",
                Tuple.of(paid.number())));
        // no restock asked: the goods did not come back
        assertEquals(8, stockOf(paid.tee()));
        assertEquals(4, stockOf(paid.cap()));
        adminRefund(paid.number(), "r-" + UUID.randomUUID(), Map.of()).then().statusCode(409)
                .body("type", endsWith("/refund-not-allowed"));
    }

    @Test
    void staffRefundLinesAndOnlyResellableOnesGoBackIntoStock() {
        Paid paid = paid();
        String staff = staffToken(paid.merchant(), "orders");
        staffRefund(staff, paid.number(), "a-" + UUID.randomUUID(), lines(line(paid.teeLine(), 1, true))).then().statusCode(201)
                .body("amountMinor", equalTo(1000)).body("lines[0].restocked", equalTo(true));
        assertEquals(9, stockOf(paid.tee()));
        staffRefund(staff, paid.number(), "b-" + UUID.randomUUID(), lines(line(paid.capLine(), 1, false))).then().statusCode(201)
                .body("amountMinor", equalTo(500));
        assertEquals(4, stockOf(paid.cap()));
        // partially refunded: the order stays PAID (it can still ship) and the history records each refund
        paid.status("PAID");
        assertEquals(2, count("select count(*) from order_status_history where order_number = $1 and from_status = 'PAID' "
                + "and to_status = 'PAID' and note like 'refund of%'", Tuple.of(paid.number())));
        assertEquals(1500, count("select refunded_minor from orders where number = $1", Tuple.of(paid.number())));
        as(staff).get("/api/merchant/orders/" + paid.number() + "/refunds").then().statusCode(200).body("size()", equalTo(2));
        // the last unit makes it whole
        staffRefund(staff, paid.number(), "c-" + UUID.randomUUID(), lines(line(paid.teeLine(), 1, true))).then().statusCode(201);
        paid.status("REFUNDED");
        assertEquals(10, stockOf(paid.tee()));
    }

    @Test
    void aRefundAbovePaidMinusRefundedIsRefusedAndChangesNothing() {
        Paid paid = paid();
        String staff = staffToken(paid.merchant(), "orders");
        staffRefund(staff, paid.number(), "x-" + UUID.randomUUID(), Map.of("amountMinor", paid.total() + 1)).then()
                .statusCode(422).contentType("application/problem+json").body("type", endsWith("/refund-exceeds-paid"));
        staffRefund(staff, paid.number(), "y-" + UUID.randomUUID(), lines(line(paid.teeLine(), 3, true))).then().statusCode(422)
                .body("type", endsWith("/refund-exceeds-quantity"));
        staffRefund(staff, paid.number(), "z-" + UUID.randomUUID(), Map.of("amountMinor", 1200)).then().statusCode(201);
        staffRefund(staff, paid.number(), "w-" + UUID.randomUUID(), Map.of("amountMinor", paid.total() - 1199)).then()
                .statusCode(422);
        assertEquals(1, count("select count(*) from refunds where order_number = $1", Tuple.of(paid.number())));
        assertEquals(1200, count("select refunded_minor from orders where number = $1", Tuple.of(paid.number())));
        assertEquals(8, stockOf(paid.tee()));
        paid.status("PAID");
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameRefund() {
        Paid paid = paid();
        String staff = staffToken(paid.merchant(), "orders");
        String key = "k-" + UUID.randomUUID();
        Map<String, Object> body = lines(line(paid.capLine(), 1, true));
        JsonPath first = staffRefund(staff, paid.number(), key, body).then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().jsonPath();
        JsonPath again = staffRefund(staff, paid.number(), key, body).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().jsonPath();
        assertEquals(first.getString("refundId"), again.getString("refundId"));
        assertEquals(1, count("select count(*) from refunds where order_number = $1", Tuple.of(paid.number())));
        assertEquals(5, stockOf(paid.cap()));
        staffRefund(staff, paid.number(), key, lines(line(paid.teeLine(), 1, true))).then().statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        staffRefund(staff, paid.number(), null, body).then().statusCode(400);
    }

    @Test
    void onlyTheMerchantsStaffWithOrdersAndTheAdminMayRefund() {
        Paid paid = paid();
        Map<String, Object> body = Map.of("amountMinor", 100);
        // someone else's order is not found, as for every merchant order endpoint (order numbers reveal nothing)
        staffRefund(staffToken(UUID.randomUUID(), "orders"), paid.number(), "o-" + UUID.randomUUID(), body).then()
                .statusCode(404).body("type", endsWith("/order-not-found"));
        staffRefund(staffToken(paid.merchant(), "products"), paid.number(), "p-" + UUID.randomUUID(), body).then()
                .statusCode(403).body("type", endsWith("/missing-permission"));
        staffRefund(paid.shopper().token(), paid.number(), "c-" + UUID.randomUUID(), body).then().statusCode(403);
        as(paid.shopper().token()).header("Idempotency-Key", "c2-" + UUID.randomUUID()).body(body)
                .post("/api/admin/orders/" + paid.number() + "/refunds").then().statusCode(403);
        given().contentType("application/json").header("Idempotency-Key", "n-" + UUID.randomUUID()).body(body)
                .post("/api/admin/orders/" + paid.number() + "/refunds").then().statusCode(401);
        assertEquals(0, count("select count(*) from refunds where order_number = $1", Tuple.of(paid.number())));
    }

    @Test
    void anUnpaidOrderCannotBeRefunded() {
        Customer shopper = customer();
        UUID merchant = UUID.randomUUID();
        cart(shopper.id(), Map.of(sku(merchant, "Mug", 700, 3), 1));
        String number = checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .extract().jsonPath().getString("orders[0].orderNumber");
        staffRefund(staffToken(merchant, "orders"), number, "u-" + UUID.randomUUID(), Map.of()).then().statusCode(409)
                .body("type", endsWith("/refund-not-allowed"));
        staffRefund(staffToken(merchant, "orders"), number, "v-" + UUID.randomUUID(), lines(line(1, 1, true), line(1, 1, true)))
                .then().statusCode(400);
    }

    private record Paid(Customer shopper, UUID merchant, UUID tee, UUID cap, JsonPath json) {

        String number() {
            return json.getString("orders[0].orderNumber");
        }

        /** Line numbers are the order's line positions, 1-based. */
        int teeLine() {
            return json.getString("orders[0].lines[0].skuId").equals(tee.toString()) ? 1 : 2;
        }

        int capLine() {
            return 3 - teeLine();
        }

        long total() {
            return json.getLong("grandTotalMinor");
        }

        void status(String expected) {
            as(shopper.token()).get("/api/orders/" + number()).then().statusCode(200).body("status", equalTo(expected));
        }
    }

    /** A paid order of one merchant: 2 tees at 10.00 (stock 10 -> 8) and one cap at 5.00 (5 -> 4). */
    private static Paid paid() {
        Customer shopper = customer();
        UUID merchant = UUID.randomUUID();
        UUID tee = sku(merchant, "Tee", 1000, 10);
        UUID cap = sku(merchant, "Cap", 500, 5);
        Map<UUID, Integer> lines = new LinkedHashMap<>();
        lines.put(tee, 2);
        lines.put(cap, 1);
        cart(shopper.id(), lines);
        JsonPath json = checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .extract().jsonPath();
        Paid paid = new Paid(shopper, merchant, tee, cap, json);
        String body = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"payment.succeeded\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"data\":{\"paymentId\":\"" + json.getString("payment.paymentId")
                + "\",\"amountMinor\":" + paid.total() + ",\"currency\":\"CNY\"}}";
        given().contentType("application/json")
                .header(SandboxSignature.HEADER, SandboxSignature.header(ConfigProvider.getConfig()
                        .getValue("bazaar.payments.sandbox.webhook-secret", String.class), Instant.now().getEpochSecond(), body))
                .body(body).post("/api/payments/webhook/sandbox").then().statusCode(200);
        paid.status("PAID");
        return paid;
    }

    private static Map<String, Object> line(int lineNo, int quantity, boolean restock) {
        return Map.of("lineNo", lineNo, "quantity", quantity, "restock", restock);
    }

    @SafeVarargs
    private static Map<String, Object> lines(Map<String, Object>... lines) {
        return Map.of("lines", List.of(lines));
    }

    private static Response staffRefund(String token, String number, String key, Map<String, Object> body) {
        var request = as(token).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/merchant/orders/" + number + "/refunds");
    }

    private static Response adminRefund(String number, String key, Map<String, Object> body) {
        return as(adminToken()).header("Idempotency-Key", key).body(body).post("/api/admin/orders/" + number + "/refunds");
    }
}
