package io.bazaar.cart.lambda;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.bazaar.localenv.ApiGatewayEvent;
import io.bazaar.localenv.LambdaResponse;
import io.bazaar.localenv.PackagedFunctionExtension;
import io.smallrye.jwt.build.Jwt;

/**
 * The built function.zip, started as Lambda's Java runtime starts it, answers API Gateway HTTP API (payload 2.0)
 * events: status, headers, the cookies list and the body, for guests (cookie and X-Cart-Id) and customers.
 */
class CartLambdaIT {

    @RegisterExtension
    static final PackagedFunctionExtension function = new PackagedFunctionExtension(Map.of()).withTestClasspathMigrations();

    @Test
    void aGuestAddsAndReadsTheCartThroughTheLambdaHandler() {
        UUID sku = listedSku(1999, 5);
        LambdaResponse empty = invoke("GET", "/api/cart", Map.of(), null);
        assertEquals(200, empty.statusCode());
        assertThat(empty.header("Content-Type"), startsWith("application/json"));
        assertEquals("no-store", empty.header("Cache-Control"));
        assertThat(empty.cookies(), empty());
        assertThat(empty.body(), containsString("\"lines\":[]"));

        LambdaResponse added = invoke("POST", "/api/cart/lines", Map.of(), Map.of("skuId", sku.toString(), "quantity", 2));
        assertEquals(200, added.statusCode());
        String id = added.header("X-Cart-Id");
        assertThat(id, matchesPattern("[0-9a-f]{32}"));
        assertThat(added.header("X-Request-Id"), notNullValue());
        assertThat(added.cookies(), hasSize(1));
        assertThat(added.cookies().get(0), allOf(matchesPattern("bazaar_cart=[0-9a-f]{32};.*"),
                containsString("HttpOnly"), containsString("SameSite=Lax")));
        assertEquals("bazaar_cart=" + id, added.cookies().get(0).split(";")[0]);
        JsonNode cart = added.json();
        assertEquals(2, cart.path("lines").path(0).path("quantity").asInt());
        assertEquals(3998, cart.path("totals").path(0).path("itemsMinor").asLong());

        LambdaResponse byCookie = invoke("GET", "/api/cart", Map.of(), null, List.of("bazaar_cart=" + id));
        assertEquals(200, byCookie.statusCode());
        assertEquals(id, byCookie.header("X-Cart-Id"));
        assertThat(byCookie.body(), containsString("\"skuId\":\"" + sku + "\""));
        LambdaResponse byHeader = invoke("GET", "/api/cart", Map.of("x-cart-id", id), null);
        assertEquals(200, byHeader.statusCode());
        assertThat(byHeader.body(), containsString("\"quantity\":2"));
    }

    @Test
    void aCustomersCartAndItsErrorsLeaveTheLambdaAsJsonAndProblems() {
        UUID sku = listedSku(500, 1);
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer")).sign();
        Map<String, String> auth = Map.of("authorization", "Bearer " + token);
        LambdaResponse added = invoke("POST", "/api/cart/lines", auth, Map.of("skuId", sku.toString(), "quantity", 1));
        assertEquals(200, added.statusCode());
        assertThat(added.header("X-Cart-Id"), nullValue());
        assertThat(added.cookies(), empty());
        assertThat(added.body(), containsString("\"quantity\":1"));

        LambdaResponse tooMany = invoke("POST", "/api/cart/lines", auth, Map.of("skuId", sku.toString(), "quantity", 1));
        assertEquals(409, tooMany.statusCode());
        assertThat(tooMany.header("Content-Type"), startsWith("application/problem+json"));
        assertThat(tooMany.body(), containsString("https://bazaar.dev/problems/insufficient-stock"));
        LambdaResponse zero = invoke("POST", "/api/cart/lines", auth, Map.of("skuId", sku.toString(), "quantity", 0));
        assertEquals(400, zero.statusCode());
        assertThat(zero.body(), containsString("\"field\":\"quantity\""));

        LambdaResponse cart = invoke("GET", "/api/cart", auth, null);
        assertEquals(200, cart.statusCode());
        assertThat(cart.body(), containsString("\"skuId\":\"" + sku + "\""));
    }

    private static LambdaResponse invoke(String method, String path, Map<String, String> headers, Object body) {
        return invoke(method, path, headers, body, null);
    }

    private static LambdaResponse invoke(String method, String path, Map<String, String> headers, Object body,
            List<String> cookies) {
        ApiGatewayEvent event = ApiGatewayEvent.request(method, path).json(body);
        headers.forEach(event::header);
        return function.invoke(cookies == null ? event : event.cookies(cookies));
    }

    /** A SKU of an approved, listed product, inserted with SQL into the catalog's tables (test fixture). */
    private static UUID listedSku(long priceMinor, int stock) {
        UUID product = UUID.randomUUID();
        UUID sku = UUID.randomUUID();
        Map<String, String> config = function.config();
        try (Connection db = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into products (id, merchant_id, category_id, name, slug, currency, status, listed, created_at, updated_at)
                    values (?, ?, 6, 'Lambda tee', 'lambda-tee', 'CNY', 'APPROVED', true, now(), now())""")) {
                insert.setObject(1, product);
                insert.setObject(2, UUID.randomUUID());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into skus (id, product_id, attributes, price_minor, stock, position)
                    values (?, ?, '{"size":"M"}'::jsonb, ?, ?, 0)""")) {
                insert.setObject(1, sku);
                insert.setObject(2, product);
                insert.setLong(3, priceMinor);
                insert.setInt(4, stock);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create catalog rows", e);
        }
        return sku;
    }
}
