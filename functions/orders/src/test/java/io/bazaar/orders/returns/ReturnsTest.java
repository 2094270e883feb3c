package io.bazaar.orders.returns;

import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.one;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.sql;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.bazaar.orders.support.Shop.stockOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.order.service.OrderJobs;
import io.bazaar.orders.payment.sandbox.SandboxSignature;
import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.platform.idempotency.IdempotencyKey;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ReturnsTest {

    @Inject
    OrderJobs jobs;

    @Test
    void aGoodsReturnEndsInARefundWithStockBackOnlyForTheResellableLine() {
        Delivered d = delivered();
        String staffEmail = orderStaffOf(d.merchant());
        String id = request(d, "RETURN", "DAMAGED", line(d.teeLine(), 1), line(d.capLine(), 1)).then().statusCode(201)
                .body("status", equalTo("REQUESTED")).body("kind", equalTo("RETURN")).body("reason", equalTo("DAMAGED"))
                .body("lines.size()", equalTo(2)).body("history[0].to", equalTo("REQUESTED"))
                .extract().jsonPath().getString("returnId");
        // the merchant's order staff hear of it
        assertEquals(1, count("select count(*) from notifications where order_number = $1 and kind = 'RETURN_REQUESTED' "
                + "and recipient = $2", Tuple.of(d.number(), staffEmail)));
        as(d.staff()).get("/api/merchant/returns?status=REQUESTED").then().statusCode(200)
                .body("items.returnId", hasItem(id));

        as(d.staff()).post("/api/merchant/returns/" + id + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        // goods must come back before the money: receiving before shipping back is an invalid transition
        as(d.staff()).body(receive(d.teeLine(), true, d.capLine(), false)).post("/api/merchant/returns/" + id + "/receive")
                .then().statusCode(409).body("type", endsWith("/invalid-transition"));
        as(d.shopper().token()).body(Map.of("carrier", "SF Express", "trackingNumber", "SF-RET-1"))
                .post("/api/me/returns/" + id + "/ship-back").then().statusCode(200).body("status", equalTo("SHIPPED_BACK"))
                .body("trackingNumber", equalTo("SF-RET-1"));
        as(d.staff()).body(receive(d.teeLine(), true, d.capLine(), false)).post("/api/merchant/returns/" + id + "/receive")
                .then().statusCode(200).body("status", equalTo("REFUNDED")).body("refundAmountMinor", equalTo(1500))
                .body("refundId", notNullValue())
                .body("history.to", equalTo(List.of("REQUESTED", "APPROVED", "SHIPPED_BACK", "RECEIVED", "REFUNDED")));

        // the resellable tee is back in stock, the damaged cap is not
        assertEquals(9, stockOf(d.tee()));
        assertEquals(4, stockOf(d.cap()));
        assertEquals(1, count("select count(*) from refunds where order_number = $1 and status = 'SUCCEEDED'",
                Tuple.of(d.number())));
        assertEquals(1500, count("select refunded_minor from orders where number = $1", Tuple.of(d.number())));
        // a partial refund: the order stays delivered
        as(d.shopper().token()).get("/api/orders/" + d.number()).then().body("status", equalTo("DELIVERED"));
        as(d.shopper().token()).get("/api/me/returns/" + id).then().statusCode(200).body("status", equalTo("REFUNDED"))
                .body("lines.find { it.lineNo == " + d.teeLine() + " }.resellable", equalTo(true))
                .body("lines.find { it.lineNo == " + d.capLine() + " }.resellable", equalTo(false));
        as(d.shopper().token()).get("/api/me/returns").then().statusCode(200).body("items[0].returnId", equalTo(id))
                .body("items[0].units", equalTo(2));
        assertEquals(List.of("RETURN_APPROVED", "RETURN_REFUNDED"), shopperNotices(d));
        // ...and find them in their in-app inbox, linked to the return
        assertEquals(2, count("select count(*) from member_notifications where account_id = $1 and kind = 'RETURN' "
                + "and message_key in ('return.approved', 'return.refunded') and link = $2",
                Tuple.of(d.shopper().id(), "/account/returns/" + id)));

        // receiving again refunds nothing more
        as(d.staff()).body(receive(d.teeLine(), true, d.capLine(), false)).post("/api/merchant/returns/" + id + "/receive")
                .then().statusCode(409).body("type", endsWith("/invalid-transition"));
        assertEquals(1, count("select count(*) from refunds where order_number = $1", Tuple.of(d.number())));
    }

    @Test
    void aRefundOnlyIsRefundedWhenApprovedWithoutTouchingStock() {
        Delivered d = delivered();
        String id = request(d, "REFUND_ONLY", "NOT_RECEIVED", line(d.capLine(), 1)).then().statusCode(201)
                .extract().jsonPath().getString("returnId");
        // nothing to send back for a refund only
        as(d.shopper().token()).body(Map.of("carrier", "SF", "trackingNumber", "1"))
                .post("/api/me/returns/" + id + "/ship-back").then().statusCode(409);
        as(d.staff()).post("/api/merchant/returns/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refundAmountMinor", equalTo(500))
                .body("history.to", equalTo(List.of("REQUESTED", "APPROVED", "REFUNDED")));
        assertEquals(4, stockOf(d.cap()));
        as(d.staff()).post("/api/merchant/returns/" + id + "/approve").then().statusCode(409)
                .body("type", endsWith("/invalid-transition"));
        assertEquals(1, count("select count(*) from refunds where order_number = $1", Tuple.of(d.number())));
    }

    @Test
    void aRetriedApprovalAfterALostUpdateReplaysTheSameRefund() {
        Delivered d = delivered();
        String id = request(d, "REFUND_ONLY", "DAMAGED", line(d.teeLine(), 2)).then().statusCode(201)
                .extract().jsonPath().getString("returnId");
        String refundId = as(d.staff()).post("/api/merchant/returns/" + id + "/approve").then().statusCode(200)
                .extract().jsonPath().getString("refundId");
        // as if the refund had committed but the return's own update had been lost (a crash between the two)
        sql("update order_returns set status = 'APPROVED', refund_id = null where id = $1", Tuple.of(UUID.fromString(id)));
        as(staffToken(d.merchant(), "orders")).post("/api/merchant/returns/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refundId", equalTo(refundId));
        assertEquals(1, count("select count(*) from refunds where order_number = $1", Tuple.of(d.number())));
        assertEquals(2000, count("select refunded_minor from orders where number = $1", Tuple.of(d.number())));
    }

    @Test
    void anotherShoppersOrAnotherMerchantsReturnIsNotFound() {
        Delivered d = delivered();
        String id = request(d, "RETURN", "WRONG_ITEM", line(d.capLine(), 1)).then().statusCode(201)
                .extract().jsonPath().getString("returnId");
        Customer stranger = customer();
        as(stranger.token()).get("/api/me/returns/" + id).then().statusCode(404).body("type", endsWith("/return-not-found"));
        as(stranger.token()).post("/api/me/returns/" + id + "/cancel").then().statusCode(404);
        keyed(stranger.token()).body(body("RETURN", "DAMAGED", line(1, 1))).post("/api/orders/" + d.number() + "/returns")
                .then().statusCode(404).body("type", endsWith("/order-not-found"));
        as(stranger.token()).get("/api/orders/" + d.number() + "/returns").then().statusCode(404);
        String otherStaff = staffToken(UUID.randomUUID(), "orders");
        as(otherStaff).get("/api/merchant/returns/" + id).then().statusCode(404).body("type", endsWith("/return-not-found"));
        as(otherStaff).post("/api/merchant/returns/" + id + "/approve").then().statusCode(404);
        as(otherStaff).get("/api/merchant/returns").then().statusCode(200).body("items.returnId", not(hasItem(id)));
        as(staffToken(d.merchant(), "products")).get("/api/merchant/returns").then().statusCode(403)
                .body("type", endsWith("/missing-permission"));
        as(staffToken(d.merchant(), "products")).post("/api/merchant/returns/" + id + "/approve").then().statusCode(403);
        as(d.shopper().token()).get("/api/merchant/returns").then().statusCode(403);
        as(d.shopper().token()).get("/api/admin/returns").then().statusCode(403);
        given().get("/api/me/returns").then().statusCode(401);
        given().get("/api/merchant/returns").then().statusCode(401);
        as(adminToken()).get("/api/admin/returns/" + id).then().statusCode(200).body("orderNumber", equalTo(d.number()));
        as(adminToken()).get("/api/admin/returns?status=REQUESTED&size=100").then().statusCode(200)
                .body("items.returnId", hasItem(id));
        assertEquals("REQUESTED", one("select status from order_returns where id = $1", Tuple.of(UUID.fromString(id)))
                .getString(0));
    }

    @Test
    void theAdminSeesEachReturnWithItsShopsName() {
        Delivered named = delivered();
        Delivered gone = delivered();
        String shop = "Lantern Teas " + named.merchant();
        sql("insert into merchants (id, name) values ($1, $2)", Tuple.of(named.merchant(), shop));
        String first = request(named, "REFUND_ONLY", "NOT_AS_DESCRIBED", line(named.teeLine(), 1)).then().statusCode(201)
                .extract().path("returnId");
        String second = request(gone, "REFUND_ONLY", "NOT_AS_DESCRIBED", line(gone.teeLine(), 1)).then().statusCode(201)
                .extract().path("returnId");

        JsonPath list = as(adminToken()).get("/api/admin/returns?size=100").then().statusCode(200).extract().jsonPath();
        assertEquals(shop, list.getString("items.find { it.returnId == '" + first + "' }.shopName"));
        assertEquals(named.merchant().toString(), list.getString("items.find { it.returnId == '" + first + "' }.merchantId"));
        // a merchant id identity does not know (any more) has no name; the row is still listed
        assertEquals(second, list.getString("items.find { it.returnId == '" + second + "' }.returnId"));
        assertNull(list.getString("items.find { it.returnId == '" + second + "' }.shopName"));
        as(adminToken()).get("/api/admin/returns/" + first).then().statusCode(200).body("shopName", equalTo(shop));
        // the shop's own staff and the shopper know whose return it is: their answers carry no name
        as(named.staff()).get("/api/merchant/returns").then().statusCode(200).body("items[0].shopName", nullValue());
    }

    @Test
    void requestsBreakingTheRulesAreRefusedAndChangeNothing() {
        Delivered d = delivered();
        String url = "/api/orders/" + d.number() + "/returns";
        keyed(d.shopper().token()).body(body("RETURN", "BORED", line(d.teeLine(), 1))).post(url).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        keyed(d.shopper().token()).body(body("SWAP", "DAMAGED", line(d.teeLine(), 1))).post(url).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        keyed(d.shopper().token()).body(body("RETURN", "DAMAGED", line(d.teeLine(), 1), line(d.teeLine(), 1))).post(url)
                .then().statusCode(400);
        keyed(d.shopper().token()).body(Map.of("kind", "RETURN", "reason", "DAMAGED", "lines", List.of())).post(url).then()
                .statusCode(400);
        keyed(d.shopper().token()).body(body("RETURN", "DAMAGED", line(d.teeLine(), 3))).post(url).then().statusCode(422)
                .body("type", endsWith("/return-exceeds-quantity"));
        keyed(d.shopper().token()).body(body("RETURN", "DAMAGED", line(9, 1))).post(url).then().statusCode(422)
                .body("type", endsWith("/unknown-order-line"));
        as(d.shopper().token()).get("/api/me/returns?status=LOST").then().statusCode(400);
        assertEquals(0, count("select count(*) from order_returns where order_number = $1", Tuple.of(d.number())));

        // two units bought: one return of both, then a second one finds nothing left
        request(d, "RETURN", "NO_LONGER_NEEDED", line(d.teeLine(), 2)).then().statusCode(201);
        request(d, "RETURN", "NO_LONGER_NEEDED", line(d.teeLine(), 1)).then().statusCode(422)
                .body("type", endsWith("/return-exceeds-quantity"));
        as(d.shopper().token()).get(url).then().statusCode(200).body("open", equalTo(true))
                .body("windowEndsAt", notNullValue())
                .body("lines.find { it.lineNo == " + d.teeLine() + " }.returnable", equalTo(0))
                .body("lines.find { it.lineNo == " + d.capLine() + " }.returnable", equalTo(1));

        // the return window is auto-complete-after (7 days) from delivery
        sql("update orders set delivered_at = now() - interval '7 days 1 minute' where number = $1", Tuple.of(d.number()));
        request(d, "REFUND_ONLY", "DAMAGED", line(d.capLine(), 1)).then().statusCode(422)
                .body("type", endsWith("/return-window-closed"));
        as(d.shopper().token()).get(url).then().statusCode(200).body("open", equalTo(false));
    }

    @Test
    void aRetriedRequestWithTheSameKeyCreatesOneReturnAndAnswersTheSameBody() {
        Delivered d = delivered();
        String url = "/api/orders/" + d.number() + "/returns";
        String key = "return-" + UUID.randomUUID();
        Map<String, Object> body = body("REFUND_ONLY", "DAMAGED", line(d.capLine(), 1));
        Response first = as(d.shopper().token()).header(IdempotencyKey.HEADER, key).body(body).post(url);
        first.then().statusCode(201).header(IdempotencyKey.REPLAYED_HEADER, "false").body("status", equalTo("REQUESTED"));
        Response again = as(d.shopper().token()).header(IdempotencyKey.HEADER, key).body(body).post(url);
        again.then().statusCode(201).header(IdempotencyKey.REPLAYED_HEADER, "true");
        assertEquals(first.jsonPath().getMap(""), again.jsonPath().getMap(""), "the retry answers the same body");
        assertEquals(1, count("select count(*) from order_returns where order_number = $1", Tuple.of(d.number())));

        // the same key for another request is refused, and creates nothing
        as(d.shopper().token()).header(IdempotencyKey.HEADER, key).body(body("RETURN", "DAMAGED", line(d.teeLine(), 1)))
                .post(url).then().statusCode(422).body("type", endsWith("/idempotency-key-reused"));
        // without a key, or with an unusable one: 400 on the header, nothing created
        as(d.shopper().token()).body(body("RETURN", "DAMAGED", line(d.teeLine(), 1))).post(url).then().statusCode(400)
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER));
        as(d.shopper().token()).header(IdempotencyKey.HEADER, "x".repeat(101)).body(body("RETURN", "DAMAGED", line(d.teeLine(), 1)))
                .post(url).then().statusCode(400).body("errors[0].field", equalTo(IdempotencyKey.HEADER));
        assertEquals(1, count("select count(*) from order_returns where order_number = $1", Tuple.of(d.number())));
        // another shopper's request under the same key is theirs alone: their order is not found
        as(customer().token()).header(IdempotencyKey.HEADER, key).body(body).post(url).then().statusCode(404);
    }

    @Test
    void anOrderNotDeliveredCannotBeReturned() {
        Customer shopper = customer();
        UUID merchant = UUID.randomUUID();
        cart(shopper.id(), Map.of(sku(merchant, "Mug", 700, 3), 1));
        String number = checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .extract().jsonPath().getString("orders[0].orderNumber");
        keyed(shopper.token()).body(body("RETURN", "DAMAGED", line(1, 1))).post("/api/orders/" + number + "/returns").then()
                .statusCode(422).body("type", endsWith("/order-not-delivered"));
    }

    @Test
    void onlyARequestedReturnCanBeCancelledOrAnswered() {
        Delivered d = delivered();
        String id = request(d, "RETURN", "OTHER", line(d.capLine(), 1)).then().statusCode(201)
                .extract().jsonPath().getString("returnId");
        as(d.shopper().token()).body(Map.of("carrier", "SF", "trackingNumber", "1"))
                .post("/api/me/returns/" + id + "/ship-back").then().statusCode(409).body("type", endsWith("/invalid-transition"));
        as(d.staff()).body(Map.of("reason", "")).post("/api/merchant/returns/" + id + "/reject").then().statusCode(400);
        as(d.shopper().token()).post("/api/me/returns/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(d.staff()).post("/api/merchant/returns/" + id + "/approve").then().statusCode(409)
                .body("type", endsWith("/invalid-transition"));
        // a cancelled return gives its units back to what may be returned
        request(d, "RETURN", "OTHER", line(d.capLine(), 1)).then().statusCode(201);
    }

    @Test
    void theOrderDoesNotCompleteWhileAReturnIsOpen() {
        Delivered d = delivered();
        String id = request(d, "RETURN", "NOT_AS_DESCRIBED", line(d.capLine(), 1)).then().statusCode(201)
                .extract().jsonPath().getString("returnId");
        jobs.completeDelivered(Instant.now().plus(Duration.ofDays(8))).await().indefinitely();
        as(d.shopper().token()).get("/api/orders/" + d.number()).then().body("status", equalTo("DELIVERED"));

        as(d.staff()).body(Map.of("reason", "The photos show the item as described."))
                .post("/api/merchant/returns/" + id + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejectReason", equalTo("The photos show the item as described."));
        assertEquals(List.of("RETURN_REJECTED"), shopperNotices(d));
        // once the return has ended, the next run completes the order whose window has passed
        jobs.completeDelivered(Instant.now().plus(Duration.ofDays(8))).await().indefinitely();
        as(d.shopper().token()).get("/api/orders/" + d.number()).then().body("status", equalTo("COMPLETED"));
    }

    record Delivered(Customer shopper, UUID merchant, UUID tee, UUID cap, String staff, JsonPath json) {

        String number() {
            return json.getString("orders[0].orderNumber");
        }

        int teeLine() {
            return json.getString("orders[0].lines[0].skuId").equals(tee.toString()) ? 1 : 2;
        }

        int capLine() {
            return 3 - teeLine();
        }
    }

    /** A delivered order of one merchant: 2 tees at 10.00 (stock 10 -> 8) and one cap at 5.00 (5 -> 4). */
    static Delivered delivered() {
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
        String body = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"payment.succeeded\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"data\":{\"paymentId\":\"" + json.getString("payment.paymentId")
                + "\",\"amountMinor\":" + json.getLong("grandTotalMinor") + ",\"currency\":\"CNY\"}}";
        given().contentType("application/json")
                .header(SandboxSignature.HEADER, SandboxSignature.header(ConfigProvider.getConfig()
                        .getValue("bazaar.payments.sandbox.webhook-secret", String.class), Instant.now().getEpochSecond(), body))
                .body(body).post("/api/payments/webhook/sandbox").then().statusCode(200);
        String staff = staffToken(merchant, "orders");
        String number = json.getString("orders[0].orderNumber");
        as(staff).body(Map.of("carrier", "SF Express", "trackingNumber", "SF1")).post("/api/merchant/orders/" + number + "/ship")
                .then().statusCode(200);
        as(shopper.token()).post("/api/orders/" + number + "/confirm-receipt").then().statusCode(200)
                .body("status", equalTo("DELIVERED"));
        return new Delivered(shopper, merchant, tee, cap, staff, json);
    }

    /** Identity's rows for the merchant and a staff member with the orders permission; returns their e-mail. */
    private static String orderStaffOf(UUID merchant) {
        UUID account = UUID.randomUUID();
        String email = "staff-" + account + "@example.com";
        sql("insert into merchants (id, name) values ($1, 'Returns Test Shop')", Tuple.of(merchant));
        sql("insert into accounts (id, email, password_hash, status, created_at, updated_at) "
                + "values ($1, $2, 'not-a-hash', 'ACTIVE', now(), now())", Tuple.of(account, email));
        sql("insert into merchant_staff (account_id, merchant_id, permissions) values ($1, $2, 'ORDERS,PRODUCTS')",
                Tuple.of(account, merchant));
        return email;
    }

    /** Return notification kinds queued for the shopper of the order, oldest first. */
    private static List<String> shopperNotices(Delivered d) {
        List<String> kinds = new ArrayList<>();
        Arc.container().instance(Pool.class).get()
                .preparedQuery("select kind from notifications where order_number = $1 and recipient = $2 "
                        + "and kind like 'RETURN%' order by id").execute(Tuple.of(d.number(), d.shopper().email()))
                .await().indefinitely().forEach(row -> kinds.add(row.getString(0)));
        return kinds;
    }

    /** The shopper's request with a fresh Idempotency-Key, as the storefront sends one per attempt. */
    static RequestSpecification keyed(String token) {
        return as(token).header(IdempotencyKey.HEADER, "r-" + UUID.randomUUID());
    }

    @SafeVarargs
    static Response request(Delivered d, String kind, String reason, Map<String, Object>... lines) {
        return keyed(d.shopper().token()).body(body(kind, reason, lines)).post("/api/orders/" + d.number() + "/returns");
    }

    @SafeVarargs
    static Map<String, Object> body(String kind, String reason, Map<String, Object>... lines) {
        return Map.of("kind", kind, "reason", reason, "details", "Seen on arrival", "lines", List.of(lines));
    }

    static Map<String, Object> line(int lineNo, int quantity) {
        return Map.of("lineNo", lineNo, "quantity", quantity);
    }

    private static Map<String, Object> receive(int lineA, boolean resellableA, int lineB, boolean resellableB) {
        return Map.of("lines", List.of(Map.of("lineNo", lineA, "resellable", resellableA),
                Map.of("lineNo", lineB, "resellable", resellableB)));
    }
}
