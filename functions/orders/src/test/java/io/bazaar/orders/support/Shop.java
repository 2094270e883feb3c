package io.bazaar.orders.support;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.config.ConfigProvider;

import io.bazaar.localenv.EmulatorOutbox;
import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.notify.NotifyConfig;
import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * Test fixtures in the other areas' own stores, the way they hold them: accounts and products as rows in identity's
 * and catalog's tables (their migrations run here), carts as DynamoDB items in the cart contract's format, and access
 * tokens signed with the test environment's key.
 */
public final class Shop {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Shop() {
    }

    /** A shopper: an account row plus a token for it. */
    public record Customer(UUID id, String email, String phone, String token) {
    }

    public static Customer customer() {
        return customer(true, null);
    }

    /** An active shopper whose token says the real name is verified (the identity area's {@code verified} claim). */
    public static Customer verifiedCustomer() {
        Customer c = customer(true, null);
        return new Customer(c.id(), c.email(), c.phone(), Jwt.subject(c.id().toString()).upn(c.email()).groups(Set.of("customer", "buyer"))
                .claim("activated", true).claim("verified", true).sign());
    }

    /** An account with an e-mail, an optional phone, active (a buyer) or still pending activation. */
    public static Customer customer(boolean active, String phone) {
        UUID id = UUID.randomUUID();
        String email = "shopper-" + id + "@example.com";
        sql("insert into accounts (id, email, phone, password_hash, display_name, status, created_at, updated_at) "
                + "values ($1, $2, $3, 'not-a-hash', 'Test Shopper', $4, now(), now())",
                Tuple.of(id, email, phone, active ? "ACTIVE" : "PENDING_ACTIVATION"));
        Set<String> groups = active ? Set.of("customer", "buyer") : Set.of("customer");
        // as identity issues them: the login (here the e-mail address) as upn
        return new Customer(id, email, phone, Jwt.subject(id.toString()).upn(email).groups(groups).claim("activated", active)
                .sign());
    }

    public static String newPhone() {
        return "+1415555" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    public static String staffToken(UUID merchantId, String... permissions) {
        return staffToken(UUID.randomUUID(), merchantId, permissions);
    }

    /** A staff token of an existing account (one with an e-mail or phone to be told things). */
    public static String staffToken(UUID accountId, UUID merchantId, String... permissions) {
        return Jwt.subject(accountId.toString()).groups(Set.of("customer", "buyer", "merchant-staff"))
                .claim("merchant_id", merchantId.toString()).claim("permissions", List.of(permissions)).sign();
    }

    public static String adminToken() {
        return Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer", "platform-admin")).sign();
    }

    /** An approved, listed product of the merchant with one SKU; returns the SKU id. */
    public static UUID sku(UUID merchantId, String name, long priceMinor, int stock) {
        return sku(merchantId, name, priceMinor, stock, "CNY");
    }

    public static UUID sku(UUID merchantId, String name, long priceMinor, int stock, String currency) {
        UUID product = UUID.randomUUID();
        UUID sku = UUID.randomUUID();
        sql("insert into products (id, merchant_id, category_id, name, slug, currency, status, listed, "
                + "created_at, updated_at) values ($1, $2, 6, $3, $4, $5, 'APPROVED', true, now(), now())",
                Tuple.of(product, merchantId, name, "p-" + product, currency));
        sql("insert into skus (id, product_id, attributes, price_minor, stock, position) values ($1, $2, $3::text::jsonb, $4, $5, 0)",
                Tuple.of(sku, product, "{\"colour\":\"red\",\"size\":\"M\"}", priceMinor, stock));
        return sku;
    }

    public static int stockOf(UUID sku) {
        return one("select stock from skus where id = $1", Tuple.of(sku)).getInteger(0);
    }

    /** Puts lines into the customer's cart item, as the cart area would: skuId -> quantity, all selected. */
    public static void cart(UUID accountId, Map<UUID, Integer> selected) {
        cart(accountId, selected, Map.of());
    }

    public static void cart(UUID accountId, Map<UUID, Integer> selected, Map<UUID, Integer> unselected) {
        Map<String, AttributeValue> lines = new HashMap<>();
        long now = System.currentTimeMillis();
        selected.forEach((sku, qty) -> lines.put(sku.toString(), line(qty, true, now)));
        unselected.forEach((sku, qty) -> lines.put(sku.toString(), line(qty, false, now)));
        dynamo().putItem(r -> r.tableName(cartsTable()).item(Map.of("id", AttributeValue.fromS("user#" + accountId),
                "lines", AttributeValue.fromM(lines), "version", AttributeValue.fromN("3"),
                "updatedAt", AttributeValue.fromN(Long.toString(now)))));
    }

    /** The SKU ids still in the customer's cart. */
    public static Set<String> cartSkus(UUID accountId) {
        Map<String, AttributeValue> item = dynamo().getItem(r -> r.tableName(cartsTable())
                .key(Map.of("id", AttributeValue.fromS("user#" + accountId))).consistentRead(true)).item();
        return item.get("lines").m().keySet();
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static Response checkout(String token, String key, Map<String, Object> body) {
        return as(token).header("Idempotency-Key", key).body(body).post("/api/orders/checkout");
    }

    public static Map<String, Object> checkoutBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("address", address());
        body.put("paymentMethod", "sandbox-card");
        return body;
    }

    public static Map<String, Object> address() {
        Map<String, Object> address = new HashMap<>();
        address.put("name", "Li Lei");
        address.put("phone", "+8613800138000");
        address.put("country", "CN");
        address.put("region", "Zhejiang");
        address.put("city", "Hangzhou");
        address.put("postalCode", "310000");
        address.put("line1", "1 West Lake Road");
        return address;
    }

    /** Checks the SKU out for the shopper (inline address, sandbox card); the checkout's answer. */
    public static io.restassured.path.json.JsonPath placeOrder(Customer shopper, UUID sku, int quantity) {
        cart(shopper.id(), Map.of(sku, quantity));
        return checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201).extract().jsonPath();
    }

    /** Completes the order's sandbox payment, as the provider's page would. */
    public static void pay(String number, Customer shopper) {
        String checkoutId = as(shopper.token()).get("/api/orders/" + number).then().extract().path("checkoutId");
        String paymentId = one("select id from payments where checkout_id = $1", Tuple.of(UUID.fromString(checkoutId)))
                .getUUID(0).toString();
        given().post("/api/payments/sandbox/" + paymentId + "/complete").then().statusCode(200);
    }

    /** A coupon valid from yesterday for 30 days, with its discount (percent, or amountMinor and currency). */
    public static Map<String, Object> coupon(String code, Map<String, Object> discount) {
        Map<String, Object> coupon = new HashMap<>(discount);
        coupon.put("code", code);
        coupon.put("validFrom", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        coupon.put("validUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        return coupon;
    }

    /**
     * Runs the work while SES refuses every e-mail (the emulator's sender identity removed: SES refuses mail from an
     * unverified sender), then makes the sender valid again: how the tests make a send fail for real.
     */
    public static void whileEmailIsRefused(Runnable work) {
        SesClient ses = Arc.container().instance(SesClient.class).get();
        String sender = Arc.container().instance(NotifyConfig.class).get().mailFrom();
        ses.deleteIdentity(r -> r.identity(sender));
        try {
            work.run();
        } finally {
            ses.verifyEmailIdentity(r -> r.emailAddress(sender));
        }
    }

    public static EmulatorOutbox outbox() {
        return new EmulatorOutbox(URI.create(ConfigProvider.getConfig().getValue("bazaar.aws.endpoint-override", String.class)));
    }

    public static Row one(String sql, Tuple args) {
        return pool().preparedQuery(sql).execute(args).await().indefinitely().iterator().next();
    }

    public static long count(String sql, Tuple args) {
        return one(sql, args).getLong(0);
    }

    public static void sql(String sql, Tuple args) {
        pool().preparedQuery(sql).execute(args).await().indefinitely();
    }

    private static AttributeValue line(int quantity, boolean selected, long addedAt) {
        return AttributeValue.fromM(Map.of("quantity", AttributeValue.fromN(Integer.toString(quantity)),
                "selected", AttributeValue.fromBool(selected), "addedPriceMinor", AttributeValue.fromN("1"),
                "currency", AttributeValue.fromS("CNY"), "addedAt", AttributeValue.fromN(Long.toString(addedAt))));
    }

    private static String cartsTable() {
        return Arc.container().instance(AwsConfig.class).get().tablePrefix() + "carts";
    }

    private static DynamoDbClient dynamo() {
        return Arc.container().instance(DynamoDbClient.class).get();
    }

    private static Pool pool() {
        return Arc.container().instance(Pool.class).get();
    }
}
