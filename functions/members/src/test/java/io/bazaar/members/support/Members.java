package io.bazaar.members.support;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.bazaar.localenv.EmulatorOutbox;
import io.bazaar.platform.aws.AwsConfig;
import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Test fixtures in the other areas' own stores, the way they hold them: accounts and products as rows in identity's
 * and catalog's tables (their migrations run here), a cart as the cart contract's item, tokens signed with the test
 * key. Everything the members area does is reached through its HTTP API.
 */
public final class Members {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Members() {
    }

    /** A shopper: an account row plus a token for it (login = the e-mail address). */
    public record Shopper(UUID id, String email, String token) {
    }

    public static Shopper shopper() {
        UUID id = UUID.randomUUID();
        String email = "member-" + id + "@example.com";
        sql("insert into accounts (id, email, password_hash, display_name, status, created_at, updated_at) "
                + "values ($1, $2, 'not-a-hash', 'Member', 'ACTIVE', now(), now())", Tuple.of(id, email));
        return new Shopper(id, email, Jwt.subject(id.toString()).upn(email).groups(Set.of("customer", "buyer"))
                .claim("activated", true).sign());
    }

    /** A merchant as identity stores it (its shop's name); no profile saved yet. */
    public static UUID merchant(String shopName) {
        UUID id = UUID.randomUUID();
        sql("insert into merchants (id, name) values ($1, $2)", Tuple.of(id, shopName));
        return id;
    }

    /** A product of the merchant with one SKU; approved and listed when {@code onSale}. */
    public record Product(UUID id, UUID sku, UUID merchantId) {
    }

    public static Product product(UUID merchantId, String name, long priceMinor, int stock) {
        return product(merchantId, name, priceMinor, stock, true);
    }

    public static Product product(UUID merchantId, String name, long priceMinor, int stock, boolean onSale) {
        UUID product = UUID.randomUUID();
        UUID sku = UUID.randomUUID();
        sql("insert into products (id, merchant_id, category_id, name, slug, currency, status, listed, min_price_minor, "
                + "max_price_minor, created_at, updated_at, listed_at) "
                + "values ($1, $2, 6, $3, $4, 'CNY', $5, $6, $7, $7, now(), now(), now())",
                Tuple.from(List.of(product, merchantId, name, "p-" + product, onSale ? "APPROVED" : "PENDING_REVIEW", onSale,
                        priceMinor)));
        sql("insert into skus (id, product_id, attributes, price_minor, stock, position) "
                + "values ($1, $2, '{\"colour\":\"red\"}'::jsonb, $3, $4, 0)", Tuple.of(sku, product, priceMinor, stock));
        return new Product(product, sku, merchantId);
    }

    public static String staff(UUID merchantId, String... permissions) {
        return Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer", "merchant-staff"))
                .claim("merchant_id", merchantId.toString()).claim("permissions", List.of(permissions)).sign();
    }

    /** Changes the SKU's price as its merchant does, through the catalog's merchant API. */
    public static void changePrice(Product product, long priceMinor) {
        as(staff(product.merchantId(), "products")).body(Map.of("priceMinor", priceMinor))
                .patch("/api/merchant/products/" + product.id() + "/skus/" + product.sku()).then().statusCode(200);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Puts the SKU into the shopper's cart as the cart area stores it, selected. */
    public static void cart(UUID accountId, UUID sku, int quantity) {
        long now = System.currentTimeMillis();
        Map<String, AttributeValue> line = Map.of("quantity", AttributeValue.fromN(Integer.toString(quantity)),
                "selected", AttributeValue.fromBool(true), "addedPriceMinor", AttributeValue.fromN("1"),
                "currency", AttributeValue.fromS("CNY"), "addedAt", AttributeValue.fromN(Long.toString(now)));
        Map<String, AttributeValue> lines = new HashMap<>();
        lines.put(sku.toString(), AttributeValue.fromM(line));
        DynamoDbClient dynamo = Arc.container().instance(DynamoDbClient.class).get();
        String table = Arc.container().instance(AwsConfig.class).get().tablePrefix() + "carts";
        dynamo.putItem(r -> r.tableName(table).item(Map.of("id", AttributeValue.fromS("user#" + accountId),
                "lines", AttributeValue.fromM(lines), "version", AttributeValue.fromN("1"),
                "updatedAt", AttributeValue.fromN(Long.toString(now)))));
    }

    public static Map<String, Object> checkoutBody() {
        Map<String, Object> address = new HashMap<>();
        address.put("name", "Li Lei");
        address.put("phone", "+8613800138000");
        address.put("country", "CN");
        address.put("region", "Zhejiang");
        address.put("city", "Hangzhou");
        address.put("postalCode", "310000");
        address.put("line1", "1 West Lake Road");
        return Map.of("address", address, "paymentMethod", "sandbox-card");
    }

    public static EmulatorOutbox outbox() {
        return new EmulatorOutbox(URI.create(ConfigProvider.getConfig().getValue("bazaar.aws.endpoint-override", String.class)));
    }

    public static RowSet<Row> rows(String sql, Tuple args) {
        return pool().preparedQuery(sql).execute(args).await().indefinitely();
    }

    public static void sql(String sql, Tuple args) {
        rows(sql, args);
    }

    private static Pool pool() {
        return Arc.container().instance(Pool.class).get();
    }
}
