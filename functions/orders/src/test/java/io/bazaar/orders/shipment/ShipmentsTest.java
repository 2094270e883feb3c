package io.bazaar.orders.shipment;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.pay;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.shipment.service.CarrierSignature;
import io.bazaar.orders.support.Shop.Customer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ShipmentsTest {

    private static final String CARRIER_SECRET = "test-only-swiftpost-webhook-secret-0123456789";

    @Test
    void partsOfAnOrderShipInParcelsAndTheLastParcelMakesItShipped() {
        Paid paid = paid();
        String staff = staffToken(paid.merchant(), "orders");
        JsonPath first = ship(staff, paid.number(), "a-" + UUID.randomUUID(), "SwiftPost", "SP-1-" + paid.number(),
                List.of(line(paid.teeLine(), 2))).then().statusCode(201).header("Idempotent-Replayed", "false")
                .body("status", equalTo("SHIPPED")).body("lines", equalTo(List.of(Map.of("lineNo", paid.teeLine(), "quantity", 2))))
                .extract().jsonPath();
        as(staff).get("/api/merchant/orders/" + paid.number()).then().statusCode(200).body("status", equalTo("PAID"))
                .body("fulfilment", equalTo("PARTIALLY_SHIPPED")).body("shippedAt", nullValue())
                .body("lines.find { it.lineNo == " + paid.teeLine() + " }.shippedQuantity", equalTo(2))
                .body("carrier", equalTo("SwiftPost")).body("trackingNumber", equalTo("SP-1-" + paid.number()));
        assertEquals(1, notifications(paid.number(), "PART_SHIPPED"));
        assertEquals(0, notifications(paid.number(), "SHIPPED"));

        // the one-call ship endpoint ships what is left: one tee and the cap
        as(staff).body(Map.of("carrier", "SF Express", "trackingNumber", "SF-2-" + paid.number()))
                .post("/api/merchant/orders/" + paid.number() + "/ship").then().statusCode(200)
                .body("status", equalTo("SHIPPED")).body("fulfilment", equalTo("SHIPPED")).body("shipments.size()", equalTo(2))
                .body("shipments[1].lines.size()", equalTo(2)).body("carrier", equalTo("SF Express"));
        assertEquals(1, notifications(paid.number(), "SHIPPED"));
        // the order query matches any parcel, the first one too
        as(staff).queryParam("trackingNumber", "SP-1-" + paid.number()).get("/api/merchant/orders").then().statusCode(200)
                .body("items.orderNumber", contains(paid.number()));
        as(staff).queryParam("carrier", "swiftpost").queryParam("number", paid.number()).get("/api/merchant/orders").then()
                .statusCode(200).body("items.orderNumber", contains(paid.number()));
        // and the shopper sees both parcels with their lines
        as(paid.shopper().token()).get("/api/orders/" + paid.number()).then().statusCode(200)
                .body("shipments.size()", equalTo(2)).body("shipments[0].shipmentId", equalTo(first.getString("shipmentId")))
                .body("shipments[0].trackingNumber", equalTo("SP-1-" + paid.number()))
                .body("shipments[0].lines[0].quantity", equalTo(2));
        as(staff).body(Map.of("carrier", "SF", "trackingNumber", "again")).post("/api/merchant/orders/" + paid.number() + "/ship")
                .then().statusCode(409).body("type", endsWith("/invalid-transition"));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameShipment() {
        Paid paid = paid();
        String staff = staffToken(paid.merchant(), "orders");
        String key = "k-" + UUID.randomUUID();
        String id = ship(staff, paid.number(), key, "SwiftPost", "SP-R", List.of(line(paid.teeLine(), 1))).then()
                .statusCode(201).extract().path("shipmentId");
        ship(staff, paid.number(), key, "SwiftPost", "SP-R", List.of(line(paid.teeLine(), 1))).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("shipmentId", equalTo(id));
        ship(staff, paid.number(), key, "SwiftPost", "SP-R", List.of(line(paid.teeLine(), 2))).then().statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertEquals(1, shipments(paid.number()));
        assertEquals(1, notifications(paid.number(), "PART_SHIPPED"));
    }

    @Test
    void badParcelsAreRefusedAndShipNothing() {
        Paid paid = paid();
        String staff = staffToken(paid.merchant(), "orders");
        ship(staff, paid.number(), key(), "SwiftPost", "SP", List.of(line(paid.teeLine(), 4))).then().statusCode(422)
                .contentType("application/problem+json").body("type", endsWith("/ship-exceeds-quantity"));
        ship(staff, paid.number(), key(), "SwiftPost", "SP", List.of(line(9, 1))).then().statusCode(422)
                .body("type", endsWith("/unknown-order-line"));
        ship(staff, paid.number(), key(), "SwiftPost", "SP", List.of(line(1, 1), line(1, 1))).then().statusCode(400)
                .body("errors.field", hasItem("lines[1].lineNo"));
        ship(staff, paid.number(), key(), "SwiftPost", "SP", List.of(line(1, 0))).then().statusCode(400)
                .body("errors.field", hasItem("lines[0].quantity"));
        ship(staff, paid.number(), key(), " ", "SP", List.of()).then().statusCode(400).body("errors.field", hasItem("carrier"));
        ship(staff, paid.number(), key(), "SwiftPost", "x".repeat(81), List.of()).then().statusCode(400)
                .body("errors.field", hasItem("trackingNumber"));
        ship(staff, paid.number(), null, "SwiftPost", "SP", List.of()).then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(0, shipments(paid.number()));
        // a line shipped in full cannot ship again, and neither can a refunded unit
        ship(staff, paid.number(), key(), "SwiftPost", "SP", List.of(line(paid.capLine(), null))).then().statusCode(201);
        ship(staff, paid.number(), key(), "SwiftPost", "SP", List.of(line(paid.capLine(), 1))).then().statusCode(422)
                .body("type", endsWith("/ship-exceeds-quantity"));
        as(staff).header("Idempotency-Key", key()).body(Map.of("lines", List.of(Map.of("lineNo", paid.teeLine(), "quantity", 1,
                "restock", true)))).post("/api/merchant/orders/" + paid.number() + "/refunds").then().statusCode(201);
        ship(staff, paid.number(), key(), "SwiftPost", "SP", List.of(line(paid.teeLine(), 3))).then().statusCode(422)
                .body("type", endsWith("/ship-exceeds-quantity"));
        // what is left is two tees: shipping them ships the order
        ship(staff, paid.number(), key(), "SwiftPost", "SP2", List.of()).then().statusCode(201)
                .body("lines", equalTo(List.of(Map.of("lineNo", paid.teeLine(), "quantity", 2))));
        paid.status("SHIPPED");
    }

    @Test
    void refundingTheUnitsNotShippedYetShipsTheOrder() {
        Paid paid = paid();
        String staff = staffToken(paid.merchant(), "orders");
        ship(staff, paid.number(), key(), "SwiftPost", "SP-T", List.of(line(paid.teeLine(), null))).then().statusCode(201);
        paid.status("PAID");
        as(staff).header("Idempotency-Key", key()).body(Map.of("lines", List.of(Map.of("lineNo", paid.capLine(), "quantity", 1,
                "restock", true)))).post("/api/merchant/orders/" + paid.number() + "/refunds").then().statusCode(201);
        paid.status("SHIPPED");
    }

    @Test
    void unpaidAndCancelledOrdersDoNotShip() {
        Customer shopper = customer();
        UUID merchant = UUID.randomUUID();
        cart(shopper.id(), Map.of(sku(merchant, "Mug", 700, 3), 1));
        String number = checkout(shopper.token(), key(), checkoutBody()).then().statusCode(201).extract().jsonPath()
                .getString("orders[0].orderNumber");
        String staff = staffToken(merchant, "orders");
        ship(staff, number, key(), "SwiftPost", "SP", List.of()).then().statusCode(409).body("type", endsWith("/invalid-transition"));
        as(shopper.token()).post("/api/orders/" + number + "/cancel").then().statusCode(200);
        ship(staff, number, key(), "SwiftPost", "SP", List.of()).then().statusCode(409).body("type", endsWith("/invalid-transition"));
        assertEquals(0, shipments(number));
    }

    @Test
    void onlyTheMerchantsStaffWithOrdersShip() {
        Paid paid = paid();
        ship(staffToken(UUID.randomUUID(), "orders"), paid.number(), key(), "SwiftPost", "SP", List.of()).then().statusCode(404)
                .body("type", endsWith("/order-not-found"));
        ship(staffToken(paid.merchant(), "products"), paid.number(), key(), "SwiftPost", "SP", List.of()).then().statusCode(403)
                .body("type", endsWith("/missing-permission"));
        ship(paid.shopper().token(), paid.number(), key(), "SwiftPost", "SP", List.of()).then().statusCode(403);
        given().contentType("application/json").header("Idempotency-Key", key()).body(Map.of("carrier", "a", "trackingNumber", "b"))
                .post("/api/merchant/orders/" + paid.number() + "/shipments").then().statusCode(401);
        as(staffToken(UUID.randomUUID(), "orders")).get("/api/merchant/orders/" + paid.number() + "/shipments").then()
                .statusCode(404);
        assertEquals(0, shipments(paid.number()));
        ship(staffToken(paid.merchant(), "orders"), paid.number(), key(), "SwiftPost", "SP", List.of()).then().statusCode(201);
        as(staffToken(paid.merchant(), "orders")).get("/api/merchant/orders/" + paid.number() + "/shipments").then()
                .statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void staffTrackingEventsBuildTheTimelineAndTheLastDeliveryDeliversTheOrder() {
        Paid paid = paid();
        String staff = staffToken(paid.merchant(), "orders");
        String id = ship(staff, paid.number(), key(), "Courier Li", "LI-" + paid.number(), List.of()).then().statusCode(201)
                .extract().path("shipmentId");
        Instant scanned = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String retry = key();
        event(staff, paid.number(), id, retry, Map.of("status", "IN_TRANSIT", "description", "Left the warehouse",
                "location", "Hangzhou", "occurredAt", scanned.toString())).then().statusCode(201)
                .body("status", equalTo("IN_TRANSIT")).body("events.size()", equalTo(1))
                .body("events[0].reportedBy", equalTo("SELLER")).body("events[0].location", equalTo("Hangzhou"));
        event(staff, paid.number(), id, retry, Map.of("status", "IN_TRANSIT", "description", "Left the warehouse",
                "location", "Hangzhou", "occurredAt", scanned.toString())).then().statusCode(201).body("events.size()", equalTo(1));
        assertEquals(0, notifications(paid.number(), "DELIVERED"));
        event(staff, paid.number(), id, null, Map.of("status", "DELIVERED")).then().statusCode(201)
                .body("status", equalTo("DELIVERED"));
        as(paid.shopper().token()).get("/api/orders/" + paid.number()).then().statusCode(200)
                .body("status", equalTo("DELIVERED")).body("shipments[0].events.status", contains("IN_TRANSIT", "DELIVERED"))
                .body("history[-1].by", equalTo("merchant-staff:" + subject(staff)));
        assertEquals(1, notifications(paid.number(), "DELIVERED"));
        // submitted, paid, shipped, delivered: nothing for the scan
        assertEquals(4, count("select count(*) from notifications where order_number = $1 and channel = 'EMAIL'",
                Tuple.of(paid.number())));
    }

    @Test
    void badTrackingEventsAreRefused() {
        Paid paid = paid();
        Paid other = paid();
        String staff = staffToken(paid.merchant(), "orders");
        String id = ship(staff, paid.number(), key(), "SwiftPost", "SP-E", List.of()).then().statusCode(201).extract().path("shipmentId");
        String otherId = ship(staffToken(other.merchant(), "orders"), other.number(), key(), "SwiftPost", "SP-O", List.of())
                .then().statusCode(201).extract().path("shipmentId");
        event(staff, paid.number(), id, null, Map.of("status", "LOST_IN_SPACE")).then().statusCode(400)
                .body("errors.field", hasItem("status"));
        event(staff, paid.number(), id, null, Map.of("status", "IN_TRANSIT", "occurredAt",
                Instant.now().plus(Duration.ofHours(2)).toString())).then().statusCode(400).body("errors.field", hasItem("occurredAt"));
        event(staff, paid.number(), id, null, Map.of("status", "IN_TRANSIT", "location", "x".repeat(121))).then()
                .statusCode(400).body("errors.field", hasItem("location"));
        event(staff, paid.number(), UUID.randomUUID().toString(), null, Map.of("status", "IN_TRANSIT")).then().statusCode(404)
                .body("type", endsWith("/shipment-not-found"));
        event(staff, paid.number(), otherId, null, Map.of("status", "IN_TRANSIT")).then().statusCode(404)
                .body("type", endsWith("/shipment-not-found"));
        event(staffToken(paid.merchant(), "orders"), other.number(), otherId, null, Map.of("status", "IN_TRANSIT")).then()
                .statusCode(404).body("type", endsWith("/order-not-found"));
        event(staffToken(paid.merchant(), "products"), paid.number(), id, null, Map.of("status", "IN_TRANSIT")).then()
                .statusCode(403);
        assertEquals(0, count("select count(*) from shipment_events where shipment_id = any($1)",
                Tuple.of(new UUID[] { UUID.fromString(id), UUID.fromString(otherId) })));
    }

    @Test
    void theCarriersWebhookIsTrustedOnlyWithItsSignature() {
        String body = events(carrierEvent("e-" + UUID.randomUUID(), "SP-NONE", "IN_TRANSIT", Instant.now()));
        given().contentType("application/json").body(body).post("/api/shipping/webhook/swiftpost").then().statusCode(401)
                .body("type", endsWith("/invalid-signature"));
        given().contentType("application/json").header(CarrierSignature.HEADER, CarrierSignature.header("wrong-secret", body))
                .body(body).post("/api/shipping/webhook/swiftpost").then().statusCode(401);
        given().contentType("application/json").header(CarrierSignature.HEADER, CarrierSignature.header(CARRIER_SECRET, body + " "))
                .body(body).post("/api/shipping/webhook/swiftpost").then().statusCode(401);
        given().contentType("application/json").header(CarrierSignature.HEADER, CarrierSignature.header(CARRIER_SECRET, body))
                .body(body).post("/api/shipping/webhook/nocarrier").then().statusCode(404)
                .body("type", endsWith("/carrier-not-found"));
        String malformed = "{\"events\": [{\"id\": \"x\"}]}";
        webhook(malformed).then().statusCode(400).body("errors.field", hasItem("events[0].trackingNumber"));
        webhook("not json").then().statusCode(400).body("type", endsWith("/malformed-webhook"));
        // an unknown tracking number is answered (the carrier stops retrying) and nothing is recorded
        webhook(body).then().statusCode(200).body("events[0].outcome", equalTo("UNKNOWN_TRACKING_NUMBER"));
    }

    @Test
    void carrierEventsAreRecordedOnceInTheOrderTheyHappenedAndDeliverTheOrderWhenEveryParcelArrived() {
        Paid paid = paid();
        String staff = staffToken(paid.merchant(), "orders");
        String tees = "SPT-" + paid.number();
        String cap = "SPC-" + paid.number();
        ship(staff, paid.number(), key(), "swiftpost", tees, List.of(line(paid.teeLine(), null))).then().statusCode(201);
        ship(staff, paid.number(), key(), "SwiftPost", cap, List.of(line(paid.capLine(), null))).then().statusCode(201);
        paid.status("SHIPPED");
        Instant t0 = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String delivered = "d-" + UUID.randomUUID();
        // the delivery arrives before the scans that came before it
        webhook(events(carrierEvent(delivered, tees, "DELIVERED", t0.plus(2, ChronoUnit.HOURS)))).then().statusCode(200)
                .body("events[0].outcome", equalTo("RECORDED"));
        webhook(events(carrierEvent("a-" + UUID.randomUUID(), tees, "IN_TRANSIT", t0),
                carrierEvent("b-" + UUID.randomUUID(), tees, "OUT_FOR_DELIVERY", t0.plus(1, ChronoUnit.HOURS)),
                carrierEvent(delivered, tees, "DELIVERED", t0.plus(2, ChronoUnit.HOURS)))).then().statusCode(200)
                .body("events.outcome", contains("RECORDED", "RECORDED", "DUPLICATE"));
        JsonPath order = as(paid.shopper().token()).get("/api/orders/" + paid.number()).then().statusCode(200)
                .body("status", equalTo("SHIPPED")).extract().jsonPath();
        int teeParcel = order.getString("shipments[0].trackingNumber").equals(tees) ? 0 : 1;
        assertEquals(List.of("IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED"),
                order.getList("shipments[" + teeParcel + "].events.status"));
        assertEquals("DELIVERED", order.getString("shipments[" + teeParcel + "].status"));
        assertEquals("CARRIER", order.getString("shipments[" + teeParcel + "].events[0].reportedBy"));
        assertEquals(0, notifications(paid.number(), "DELIVERED"));
        // a late scan from before the delivery does not undo it
        webhook(events(carrierEvent("c-" + UUID.randomUUID(), cap, "IN_TRANSIT", t0),
                carrierEvent("z-" + UUID.randomUUID(), cap, "DELIVERED", t0.plus(90, ChronoUnit.MINUTES)))).then().statusCode(200);
        paid.status("DELIVERED");
        as(paid.shopper().token()).get("/api/orders/" + paid.number()).then()
                .body("history[-1].by", equalTo("carrier:swiftpost"));
        assertEquals(1, notifications(paid.number(), "DELIVERED"));
        webhook(events(carrierEvent("z2-" + UUID.randomUUID(), cap, "DELIVERED", t0.plus(100, ChronoUnit.MINUTES)))).then()
                .statusCode(200).body("events[0].outcome", equalTo("RECORDED"));
        assertEquals(1, notifications(paid.number(), "DELIVERED"));
    }

    @Test
    void aCsvShipsEachRowOnItsOwnAndAnswersEveryRow() {
        Paid paid = paid();
        Paid partly = paid();
        Paid foreign = paid();
        Customer shopper = customer();
        cart(shopper.id(), Map.of(sku(paid.merchant(), "Mug", 700, 3), 1));
        String unpaid = checkout(shopper.token(), key(), checkoutBody()).then().statusCode(201).extract().jsonPath()
                .getString("orders[0].orderNumber");
        String staff = staffToken(paid.merchant(), "orders");
        String csv = "order_number,carrier,tracking_number,lines\r\n"
                + paid.number() + ",SwiftPost,SP-B1\r\n"
                + foreign.number() + ",SwiftPost,SP-B2\r\n"
                + "\"" + paid.number() + "\",SwiftPost,SP-B3\r\n"
                + unpaid + ",SwiftPost,SP-B4\r\n"
                + ",SwiftPost,SP-B5\r\n"
                + paid.number() + ",SwiftPost\r\n"
                + "NOPE,SwiftPost,SP-B6,x\r\n"
                + "\r\n"
                + "NOPE,SwiftPost,SP-B7\r\n";
        String key = key();
        Response first = bulk(staff, key, csv);
        first.then().statusCode(200).header("Idempotent-Replayed", "false").body("shipped", equalTo(1))
                .body("failed", equalTo(7))
                .body("rows.row", contains(2, 3, 4, 5, 6, 7, 8, 10))
                .body("rows[0].ok", equalTo(true)).body("rows[0].orderStatus", equalTo("SHIPPED"))
                .body("rows[1].type", endsWith("/order-not-found")).body("rows[1].status", equalTo(404))
                .body("rows[2].type", endsWith("/invalid-transition"))
                .body("rows[3].type", endsWith("/invalid-transition"))
                .body("rows[4].type", endsWith("/invalid-row")).body("rows[5].type", endsWith("/invalid-row"))
                .body("rows[6].type", endsWith("/invalid-row")).body("rows[7].type", endsWith("/order-not-found"));
        paid.status("SHIPPED");
        assertEquals(0, shipments(foreign.number()));
        foreign.status("PAID");
        // the retry answers the same and ships nothing more
        bulk(staff, key, csv).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body(equalTo(first.asString()));
        assertEquals(1, shipments(paid.number()));
        bulk(staff, key, csv + "x,y,z\r\n").then().statusCode(422).body("type", endsWith("/idempotency-key-reused"));
        // line numbers and quantities in the fourth cell
        String partial = "%s,SwiftPost,SP-P1,%d:1\n%s,SwiftPost,SP-P2,%d\n%s,SwiftPost,SP-P3,%d;%d\n".formatted(
                partly.number(), partly.teeLine(), partly.number(), partly.capLine(), partly.number(), partly.teeLine(),
                partly.capLine());
        bulk(staffToken(partly.merchant(), "orders"), key(), partial).then().statusCode(200)
                .body("rows.ok", contains(true, true, false)).body("rows[1].orderStatus", equalTo("PAID"))
                .body("rows[2].type", endsWith("/ship-exceeds-quantity"));
        assertEquals(2, shipments(partly.number()));
    }

    @Test
    void csvFilesThatAreTooLargeOrUnreadableAreRefusedWhole() {
        Paid paid = paid();
        String staff = staffToken(paid.merchant(), "orders");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append("N").append(i).append(",SwiftPost,SP\n");
        }
        bulk(staff, key(), many.toString()).then().statusCode(413).body("type", endsWith("/csv-too-large"));
        bulk(staff, key(), paid.number() + ",SwiftPost," + "x".repeat(5000)).then().statusCode(413)
                .body("type", endsWith("/csv-too-large"));
        bulk(staff, key(), paid.number() + ",\"SwiftPost,SP\n").then().statusCode(400).body("type", endsWith("/malformed-csv"));
        bulk(staff, key(), "order_number,carrier,tracking_number\n\n").then().statusCode(400)
                .body("type", endsWith("/malformed-csv"));
        bulk(staff, null, paid.number() + ",SwiftPost,SP").then().statusCode(400);
        bulk(staffToken(paid.merchant(), "products"), key(), paid.number() + ",SwiftPost,SP").then().statusCode(403);
        as(staff).header("Idempotency-Key", key()).body(Map.of("a", 1)).post("/api/merchant/orders/shipments/bulk").then()
                .statusCode(415).body("type", endsWith("/unsupported-media-type"));
        given().contentType("text/csv").body(paid.number() + ",SwiftPost,SP").header("Idempotency-Key", key())
                .post("/api/merchant/orders/shipments/bulk").then().statusCode(401);
        assertEquals(0, shipments(paid.number()));
    }

    private record Paid(Customer shopper, UUID merchant, UUID tee, JsonPath order) {

        String number() {
            return order.getString("orderNumber");
        }

        int teeLine() {
            return order.getString("lines[0].skuId").equals(tee.toString()) ? 1 : 2;
        }

        int capLine() {
            return 3 - teeLine();
        }

        void status(String expected) {
            as(shopper.token()).get("/api/orders/" + number()).then().statusCode(200).body("status", equalTo(expected));
        }
    }

    /** A paid order of a new merchant: 3 tees and 1 cap. */
    private static Paid paid() {
        Customer shopper = customer();
        UUID merchant = UUID.randomUUID();
        UUID tee = sku(merchant, "Tee", 1000, 10);
        Map<UUID, Integer> lines = new LinkedHashMap<>();
        lines.put(tee, 3);
        lines.put(sku(merchant, "Cap", 500, 5), 1);
        cart(shopper.id(), lines);
        String number = checkout(shopper.token(), key(), checkoutBody()).then().statusCode(201).extract().jsonPath()
                .getString("orders[0].orderNumber");
        pay(number, shopper);
        JsonPath order = as(shopper.token()).get("/api/orders/" + number).then().statusCode(200)
                .body("status", equalTo("PAID")).body("fulfilment", equalTo("NOT_SHIPPED")).extract().jsonPath();
        return new Paid(shopper, merchant, tee, order);
    }

    private static Map<String, Object> line(int lineNo, Integer quantity) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("lineNo", lineNo);
        if (quantity != null) {
            line.put("quantity", quantity);
        }
        return line;
    }

    private static Response ship(String token, String number, String key, String carrier, String tracking,
            List<Map<String, Object>> lines) {
        var request = as(token).body(Map.of("carrier", carrier, "trackingNumber", tracking, "lines", lines));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/merchant/orders/" + number + "/shipments");
    }

    private static Response event(String token, String number, String shipmentId, String key, Map<String, Object> body) {
        var request = as(token).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/merchant/orders/" + number + "/shipments/" + shipmentId + "/events");
    }

    private static Response bulk(String token, String key, String csv) {
        var request = given().auth().oauth2(token).contentType("text/csv").body(csv);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/merchant/orders/shipments/bulk");
    }

    private static Response webhook(String body) {
        return given().contentType("application/json")
                .header(CarrierSignature.HEADER, CarrierSignature.header(CARRIER_SECRET, body)).body(body)
                .post("/api/shipping/webhook/swiftpost");
    }

    private static String carrierEvent(String id, String tracking, String status, Instant at) {
        return "{\"id\":\"" + id + "\",\"trackingNumber\":\"" + tracking + "\",\"status\":\"" + status
                + "\",\"description\":\"" + status.toLowerCase() + "\",\"location\":\"Hangzhou hub\",\"occurredAt\":\"" + at + "\"}";
    }

    private static String events(String... events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private static long notifications(String number, String kind) {
        return count("select count(*) from notifications where order_number = $1 and kind = $2 and channel = 'EMAIL'",
                Tuple.of(number, kind));
    }

    private static long shipments(String number) {
        return count("select count(*) from shipments where order_number = $1", Tuple.of(number));
    }

    private static String key() {
        return "k-" + UUID.randomUUID();
    }

    private static String subject(String token) {
        return new JsonPath(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]))).getString("sub");
    }
}
