package io.bazaar.orders.export;

import static io.bazaar.orders.support.Shop.pay;
import static io.bazaar.orders.support.Shop.placeOrder;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.sql;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.export.service.OrderExportWorker;
import io.bazaar.orders.notification.service.NotificationSender;
import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.orders.support.Shop;
import io.bazaar.orders.support.Shop.Customer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Exports of the merchant's orders: produced by the worker (as the job runs it) into S3, followed by polling, fetched
 * through the presigned link; CSV and XLSX with lines, amounts in major units, escaped formulas; others' exports 404.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class OrderExportTest {

    private static final String EXPORTS = "/api/merchant/order-exports";

    @Inject
    OrderExportWorker worker;

    @Inject
    NotificationSender sender;

    UUID merchant;
    String staff;
    String paid;
    String unpaid;
    String foreign;

    /** A paid order of two lines (one product named like a formula) for "+SUM(1)", an unpaid one, another merchant's. */
    @BeforeEach
    void shop() {
        merchant = UUID.randomUUID();
        staff = staffToken(merchant, "orders");
        Customer shopper = customer();
        UUID formula = sku(merchant, "=HYPERLINK(\"http://evil\",\"x\")", 1250, 20);
        UUID tee = sku(merchant, "T 恤", 999, 20);
        cart(shopper.id(), Map.of(formula, 2, tee, 1));
        Map<String, Object> body = checkoutBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> address = new HashMap<>((Map<String, Object>) body.get("address"));
        address.put("name", "+SUM(1)");
        address.put("line1", "@1 West Lake Road");
        body.put("address", address);
        paid = checkout(shopper.token(), "k-" + UUID.randomUUID(), body).then().statusCode(201).extract().path("orders[0].orderNumber");
        pay(paid, shopper);
        unpaid = placeOrder(shopper, tee, 3).getString("orders[0].orderNumber");
        foreign = placeOrder(shopper, sku(UUID.randomUUID(), "Mug", 700, 5), 1).getString("orders[0].orderNumber");
    }

    @Test
    void aCsvExportHasTheFilteredOrdersLinesAmountsAndEscapedText() throws Exception {
        JsonPath queued = keyed(staff).body(Map.of("format", "csv", "filter", Map.of("status", List.of("PAID")))).post(EXPORTS)
                .then().statusCode(202).body("state", equalTo("QUEUED")).body("downloadUrl", nullValue())
                .extract().jsonPath();
        String id = queued.getString("id");
        worker.runDue().await().indefinitely();
        JsonPath done = as(staff).get(EXPORTS + "/" + id).then().statusCode(200).body("state", equalTo("DONE"))
                .body("rowsTotal", equalTo(1)).body("ordersDone", equalTo(1)).body("linesWritten", equalTo(2))
                .body("downloadUrl", notNullValue()).extract().jsonPath();
        List<List<String>> rows = csv(download(done.getString("downloadUrl")));
        List<String> header = rows.get(0);
        assertEquals(3, rows.size(), "header and the paid order's two lines");
        // lines keep checkout's order; find them by product
        Map<String, String> first = named(header, rows.get(1));
        Map<String, String> second = named(header, rows.get(2));
        if (!first.get("product_name").startsWith("'=")) {
            Map<String, String> swap = first;
            first = second;
            second = swap;
        }
        assertEquals(paid, first.get("order_number"));
        assertEquals("PAID", first.get("payment_status"));
        assertEquals("CNY", first.get("currency"));
        assertEquals("34.99", first.get("order_total"));
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", first.get("product_name"));
        assertEquals("12.50", first.get("unit_price"));
        assertEquals("2", first.get("quantity"));
        assertEquals("25.00", first.get("line_total"));
        assertEquals("T 恤", second.get("product_name"));
        assertEquals("9.99", second.get("unit_price"));
        assertEquals("'+SUM(1)", first.get("recipient_name"));
        assertEquals("'@1 West Lake Road", first.get("address_line1"));
        assertEquals("colour: red; size: M", first.get("sku_attributes"));
        assertTrue(first.get("customer_email").startsWith("s***"), first.get("customer_email"));
        as(staff).get(EXPORTS).then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void anXlsxExportHasEveryOrderInRowsWithNumbersForAmounts() throws Exception {
        String id = keyed(staff).body(Map.of("format", "XLSX")).post(EXPORTS).then().statusCode(202).extract().path("id");
        worker.runDue().await().indefinitely();
        String url = as(staff).get(EXPORTS + "/" + id).then().body("state", equalTo("DONE")).body("ordersDone", equalTo(2))
                .body("linesWritten", equalTo(3)).extract().path("downloadUrl");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(url)))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(4, sheet.getPhysicalNumberOfRows());
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            Row newest = sheet.getRow(1);
            assertEquals(unpaid, newest.getCell(header.indexOf("order_number")).getStringCellValue());
            assertEquals(29.97, newest.getCell(header.indexOf("order_total")).getNumericCellValue(), 0.0001);
            assertEquals(3, newest.getCell(header.indexOf("quantity")).getNumericCellValue(), 0);
            Row formula = sheet.getRow(2).getCell(header.indexOf("product_name")).getStringCellValue().startsWith("'")
                    ? sheet.getRow(2) : sheet.getRow(3);
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, formula.getCell(header.indexOf("product_name")).getCellType());
            assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", formula.getCell(header.indexOf("product_name")).getStringCellValue());
            for (Row row : sheet) {
                assertTrue(!foreign.equals(row.getCell(0).getStringCellValue()), "another merchant's order");
            }
        }
    }

    @Test
    void someoneElsesExportIsNotFoundAndBadRequestsChangeNothing() {
        String id = keyed(staff).body(Map.of("format", "CSV")).post(EXPORTS).then().statusCode(202).extract().path("id");
        String other = staffToken(UUID.randomUUID(), "orders");
        as(other).get(EXPORTS + "/" + id).then().statusCode(404).body("type", endsWith("/export-not-found"));
        as(other).get(EXPORTS).then().statusCode(200).body("id", not(hasItem(id)));
        as(staff).get(EXPORTS + "/" + UUID.randomUUID()).then().statusCode(404);
        as(staff).get(EXPORTS + "/not-an-id").then().statusCode(404);
        keyed(staff).body(Map.of("format", "PDF", "filter", Map.of("status", List.of("LOST"), "customer", "bob")))
                .post(EXPORTS).then().statusCode(400).body("errors.field", hasItem("format"));
        keyed(staff).body(Map.of("format", "CSV", "filter", Map.of("status", List.of("LOST"), "customer", "bob")))
                .post(EXPORTS).then().statusCode(400).body("errors.field", containsInAnyOrder("filter.status", "filter.customer"));
        keyed(staff).body(Map.of("format", "CSV", "columns", "all")).post(EXPORTS).then().statusCode(400);
        keyed(staff).post(EXPORTS).then().statusCode(400);
        as(staff).get(EXPORTS).then().body("size()", equalTo(1));
        keyed(staffToken(merchant, "products")).body(Map.of("format", "CSV")).post(EXPORTS).then().statusCode(403);
        as(staffToken(merchant, "products")).get(EXPORTS + "/" + id).then().statusCode(403);
        given().get(EXPORTS + "/" + id).then().statusCode(401);
    }

    @Test
    void anExportOfAnotherMerchantsCustomersOrdersHoldsNone() throws Exception {
        Customer stranger = customer();
        placeOrder(stranger, sku(UUID.randomUUID(), "Lamp", 300, 5), 1);
        String id = keyed(staff).body(Map.of("format", "CSV", "filter", Map.of("customer", stranger.email()))).post(EXPORTS)
                .then().statusCode(202).extract().path("id");
        worker.runDue().await().indefinitely();
        String url = as(staff).get(EXPORTS + "/" + id).then().body("state", equalTo("DONE")).body("rowsTotal", equalTo(0))
                .extract().path("downloadUrl");
        assertEquals(1, csv(download(url)).size(), "the header alone");
    }

    @Test
    void tooManyExportsAtOnceAre409() {
        UUID busy = UUID.randomUUID();
        String token = staffToken(busy, "orders");
        for (int i = 0; i < 3; i++) {
            keyed(token).body(Map.of("format", "CSV")).post(EXPORTS).then().statusCode(202);
        }
        keyed(token).body(Map.of("format", "CSV")).post(EXPORTS).then().statusCode(409).body("type", endsWith("/exports-busy"));
        worker.runDue().await().indefinitely();
        keyed(token).body(Map.of("format", "CSV")).post(EXPORTS).then().statusCode(202);
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheSameExportAndTheKeyServesOneRequest() {
        String key = "export-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("format", "CSV", "filter", Map.of("status", List.of("PAID")));
        Response first = as(staff).header(IdempotencyKey.HEADER, key).body(body).post(EXPORTS);
        first.then().statusCode(202).header(IdempotencyKey.REPLAYED_HEADER, "false").body("state", equalTo("QUEUED"));
        String id = first.path("id");
        as(staff).header(IdempotencyKey.HEADER, key).body(body).post(EXPORTS).then().statusCode(202)
                .header(IdempotencyKey.REPLAYED_HEADER, "true").body("id", equalTo(id)).body("format", equalTo("CSV"));
        as(staff).get(EXPORTS).then().statusCode(200).body("size()", equalTo(1));

        as(staff).header(IdempotencyKey.HEADER, key).body(Map.of("format", "XLSX", "filter", Map.of("status", List.of("PAID"))))
                .post(EXPORTS).then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));
        as(staff).body(body).post(EXPORTS).then().statusCode(400).body("errors.field", hasItem(IdempotencyKey.HEADER));
        as(staff).header(IdempotencyKey.HEADER, "with space").body(body).post(EXPORTS).then().statusCode(400);
        as(staff).get(EXPORTS).then().body("size()", equalTo(1));

        // the key is the staff member's own: a colleague's same key asks for an export of its own
        String colleague = staffToken(merchant, "orders");
        String theirs = as(colleague).header(IdempotencyKey.HEADER, key).body(body).post(EXPORTS).then().statusCode(202)
                .header(IdempotencyKey.REPLAYED_HEADER, "false").extract().path("id");
        assertNotEquals(id, theirs);
    }

    @Test
    void aKeyRefusedForTooManyExportsIsFreeAgainForTheRetry() {
        String token = staffToken(UUID.randomUUID(), "orders");
        for (int i = 0; i < 3; i++) {
            keyed(token).body(Map.of("format", "CSV")).post(EXPORTS).then().statusCode(202);
        }
        String key = "export-" + UUID.randomUUID();
        as(token).header(IdempotencyKey.HEADER, key).body(Map.of("format", "CSV")).post(EXPORTS).then().statusCode(409)
                .body("type", endsWith("/exports-busy"));
        worker.runDue().await().indefinitely();
        as(token).header(IdempotencyKey.HEADER, key).body(Map.of("format", "CSV")).post(EXPORTS).then().statusCode(202)
                .header(IdempotencyKey.REPLAYED_HEADER, "false");
    }

    @Test
    void theStaffMemberWhoAskedIsToldByEmailWhenTheExportIsReady() {
        Customer clerk = customer();
        Customer phoneOnly = customerWithPhoneOnly();
        String asked = keyed(staffToken(clerk.id(), merchant, "orders")).body(Map.of("format", "XLSX")).post(EXPORTS)
                .then().statusCode(202).extract().path("id");
        String bySms = keyed(staffToken(phoneOnly.id(), merchant, "orders")).body(Map.of("format", "CSV")).post(EXPORTS)
                .then().statusCode(202).extract().path("id");
        // staff tokens of this test's other exports name no account: nobody to tell, and the export is done all the same
        String nobody = keyed(staff).body(Map.of("format", "CSV")).post(EXPORTS).then().statusCode(202).extract().path("id");
        assertEquals(0, Shop.count("select count(*) from order_export_notices where export_id = $1",
                Tuple.of(UUID.fromString(asked))), "nothing is said before the file is there");

        worker.runDue().await().indefinitely();
        as(staff).get(EXPORTS + "/" + nobody).then().body("state", equalTo("DONE"));
        assertEquals(0, Shop.count("select count(*) from order_export_notices where export_id = $1",
                Tuple.of(UUID.fromString(nobody))));
        sender.sendDue(java.time.Instant.now().plusSeconds(1)).await().indefinitely();

        var mails = Shop.outbox().emails().stream().filter(e -> e.isTo(clerk.email())).toList();
        assertEquals(1, mails.size(), mails.toString());
        assertEquals("Your Bazaar order export is ready", mails.get(0).subject());
        assertTrue(mails.get(0).body().contains("XLSX export of your orders you asked for is ready: 2 orders"), mails.get(0).body());
        assertTrue(mails.get(0).body().contains("/console/orders/exports"), mails.get(0).body());
        var texts = Shop.outbox().sms().stream().filter(m -> m.isTo(phoneOnly.phone())).toList();
        assertEquals(1, texts.size(), texts.toString());
        assertTrue(texts.get(0).message().contains("/console/orders/exports"), texts.get(0).message());
        assertEquals(0, Shop.count("select count(*) from order_export_notices where export_id = any($1) and status <> 'SENT'",
                Tuple.of((Object) new UUID[] { UUID.fromString(asked), UUID.fromString(bySms) })));

        // the job runs again: nobody hears twice
        worker.runDue().await().indefinitely();
        sender.sendDue(java.time.Instant.now().plusSeconds(2)).await().indefinitely();
        assertEquals(1, Shop.outbox().emails().stream().filter(e -> e.isTo(clerk.email())).count());
    }

    @Test
    void anExportWhoseWorkerDiedIsTakenOverAndFailsAfterTooManyAttempts() {
        String retaken = keyed(staff).body(Map.of("format", "CSV")).post(EXPORTS).then().statusCode(202).extract().path("id");
        String abandoned = keyed(staff).body(Map.of("format", "CSV")).post(EXPORTS).then().statusCode(202).extract().path("id");
        sql("update order_exports set state = 'RUNNING', attempts = 1, lease_until = now() - interval '1 minute' where id = $1",
                Tuple.of(UUID.fromString(retaken)));
        sql("update order_exports set state = 'RUNNING', attempts = 3, lease_until = now() - interval '1 minute' where id = $1",
                Tuple.of(UUID.fromString(abandoned)));
        worker.runDue().await().indefinitely();
        as(staff).get(EXPORTS + "/" + retaken).then().body("state", equalTo("DONE")).body("ordersDone", equalTo(2));
        as(staff).get(EXPORTS + "/" + abandoned).then().body("state", equalTo("FAILED")).body("error", notNullValue())
                .body("downloadUrl", nullValue());
    }

    /** An account with a phone number and no e-mail address (as identity makes one registered by phone). */
    private static Customer customerWithPhoneOnly() {
        UUID id = UUID.randomUUID();
        String phone = Shop.newPhone();
        sql("insert into accounts (id, phone, password_hash, status, created_at, updated_at) "
                + "values ($1, $2, 'not-a-hash', 'ACTIVE', now(), now())", Tuple.of(id, phone));
        return new Customer(id, null, phone, null);
    }

    /** A request with a fresh Idempotency-Key, as the console sends each export it asks for. */
    private static RequestSpecification keyed(String token) {
        return as(token).header(IdempotencyKey.HEADER, "export-" + UUID.randomUUID());
    }

    private static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("content-disposition").orElse("").startsWith("attachment"));
        return response.body();
    }

    /** A small RFC 4180 reader for the test: every field quoted, "" inside, CRLF between records, a BOM first. */
    private static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            }
        }
        return rows;
    }

    private static Map<String, String> named(List<String> header, List<String> row) {
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            named.put(header.get(i), row.get(i));
        }
        return named;
    }

}
