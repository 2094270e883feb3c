package io.bazaar.server.shop;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bazaar.orders.support.Shop;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Rows and tokens the whole-shop tests start from: products put on sale and accounts created with SQL (the flows
 * that create them are tested in their areas), everything else through the HTTP API.
 */
final class ShopFixtures {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Pool pool;

    ShopFixtures(Pool pool) {
        this.pool = pool;
    }

    /** An approved, listed product of the merchant with one SKU; returns the SKU id. */
    UUID productOnSale(UUID merchantId, String name, long priceMinor, int stock) {
        UUID product = UUID.randomUUID();
        UUID sku = UUID.randomUUID();
        sql("insert into products (id, merchant_id, category_id, name, slug, currency, status, listed, min_price_minor, "
                + "max_price_minor, created_at, updated_at, listed_at, search_vector) "
                + "values ($1, $2, 6, $3, $4, 'CNY', 'APPROVED', true, $5, $5, now(), now(), now(), to_tsvector('english', $3))",
                Tuple.of(product, merchantId, name, "p-" + product, priceMinor));
        sql("insert into skus (id, product_id, attributes, price_minor, stock, position) "
                + "values ($1, $2, '{\"colour\":\"red\"}'::jsonb, $3, $4, 0)", Tuple.of(sku, product, priceMinor, stock));
        return sku;
    }

    UUID productOf(UUID sku) {
        return one("select product_id from skus where id = $1", Tuple.of(sku)).getUUID(0);
    }

    /** An active shopper's token. */
    String shopper() {
        UUID id = UUID.randomUUID();
        sql("insert into accounts (id, email, password_hash, display_name, status, created_at, updated_at) "
                + "values ($1, $2, 'not-a-hash', 'Shopper', 'ACTIVE', now(), now())", Tuple.of(id, "s-" + id + "@example.com"));
        return Jwt.subject(id.toString()).groups(Set.of("customer", "buyer")).claim("activated", true).sign();
    }

    /** An active shopper with a password, signed in through identity: a real session, whose token carries its sid. */
    io.restassured.response.Response signedInShopper(String password) {
        UUID id = UUID.randomUUID();
        String email = "m-" + id + "@example.com";
        sql("insert into accounts (id, email, password_hash, display_name, status, created_at, updated_at) "
                + "values ($1, $2, $3, 'Member', 'ACTIVE', now(), now())",
                Tuple.of(id, email, io.quarkus.elytron.security.common.BcryptUtil.bcryptHash(password, 4)));
        return given().contentType(ContentType.JSON).body(Map.of("login", email, "password", password))
                .post("/api/auth/login").then().statusCode(200).extract().response();
    }

    static String staff(UUID merchantId, String... permissions) {
        return Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer", "merchant-staff"))
                .claim("merchant_id", merchantId.toString()).claim("permissions", List.of(permissions)).sign();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** What a checkout answered: the payment to pay and the (one merchant's) order number. */
    record Bought(String paymentId, String orderNumber) {
    }

    /** Puts the SKU in the shopper's cart and checks out. */
    static Bought buy(String shopper, UUID sku, int quantity) {
        as(shopper).body(Map.of("skuId", sku, "quantity", quantity)).post("/api/cart/lines").then().statusCode(200);
        var checkout = as(shopper).header("Idempotency-Key", UUID.randomUUID().toString()).body(checkoutBody())
                .post("/api/orders/checkout").then().statusCode(201).extract();
        return new Bought(checkout.path("payment.paymentId"), checkout.path("orders[0].orderNumber"));
    }

    static String admin() {
        return Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer", "platform-admin")).sign();
    }

    /** The orders' shared checkout body (a Hangzhou address, the sandbox card). */
    static Map<String, Object> checkoutBody() {
        return Shop.checkoutBody();
    }

    int stockOf(UUID sku) {
        return one("select stock from skus where id = $1", Tuple.of(sku)).getInteger(0);
    }

    long unitsOrdered(UUID sku) {
        return one("select coalesce(sum(quantity), 0) from order_lines where sku_id = $1", Tuple.of(sku)).getLong(0);
    }

    Row one(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).await().atMost(WAIT).iterator().next();
    }

    private void sql(String sql, Tuple args) {
        pool.preparedQuery(sql).execute(args).await().atMost(WAIT);
    }
}
