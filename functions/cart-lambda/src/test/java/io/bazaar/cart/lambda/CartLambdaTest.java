package io.bazaar.cart.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.localenv.ApiGatewayEvent;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/**
 * Sends API Gateway HTTP API (payload 2.0) events to the Lambda handler, as AWS does, and checks the Lambda
 * responses: status, headers, the cookies list and the body, for guests (cookie and X-Cart-Id) and customers.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CartLambdaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aGuestAddsAndReadsTheCartThroughTheLambdaHandler() throws Exception {
        UUID sku = listedSku(1999, 5);
        invoke("GET", "/api/cart", Map.of(), null)
                .body("statusCode", equalTo(200))
                .body("headers.'Content-Type'", startsWith("application/json"))
                .body("headers.'Cache-Control'", equalTo("no-store"))
                .body("cookies", nullValue())
                .body("body", containsString("\"lines\":[]"));

        ValidatableResponse added = invoke("POST", "/api/cart/lines", Map.of(), Map.of("skuId", sku.toString(), "quantity", 2))
                .body("statusCode", equalTo(200))
                .body("headers.'X-Cart-Id'", matchesPattern("[0-9a-f]{32}"))
                .body("headers.'X-Request-Id'", notNullValue())
                .body("cookies", hasSize(1))
                .body("cookies[0]", allOf(matchesPattern("bazaar_cart=[0-9a-f]{32};.*"), containsString("HttpOnly"),
                        containsString("SameSite=Lax")));
        String id = added.extract().path("headers.'X-Cart-Id'");
        assertEquals("bazaar_cart=" + id, added.extract().<String>path("cookies[0]").split(";")[0]);
        JsonNode cart = JSON.readTree(added.extract().<String>path("body"));
        assertEquals(2, cart.path("lines").path(0).path("quantity").asInt());
        assertEquals(3998, cart.path("totals").path(0).path("itemsMinor").asLong());

        invoke("GET", "/api/cart", Map.of(), null, List.of("bazaar_cart=" + id))
                .body("statusCode", equalTo(200))
                .body("headers.'X-Cart-Id'", equalTo(id))
                .body("body", containsString("\"skuId\":\"" + sku + "\""));
        invoke("GET", "/api/cart", Map.of("x-cart-id", id), null)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"quantity\":2"));
    }

    @Test
    void aCustomersCartAndItsErrorsLeaveTheLambdaAsJsonAndProblems() {
        UUID sku = listedSku(500, 1);
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer")).sign();
        Map<String, String> auth = Map.of("authorization", "Bearer " + token);
        invoke("POST", "/api/cart/lines", auth, Map.of("skuId", sku.toString(), "quantity", 1))
                .body("statusCode", equalTo(200))
                .body("headers.'X-Cart-Id'", nullValue())
                .body("cookies", nullValue())
                .body("body", containsString("\"quantity\":1"));
        invoke("POST", "/api/cart/lines", auth, Map.of("skuId", sku.toString(), "quantity", 1))
                .body("statusCode", equalTo(409))
                .body("headers.'Content-Type'", startsWith("application/problem+json"))
                .body("body", containsString("https://bazaar.dev/problems/insufficient-stock"));
        invoke("POST", "/api/cart/lines", auth, Map.of("skuId", sku.toString(), "quantity", 0))
                .body("statusCode", equalTo(400))
                .body("body", containsString("\"field\":\"quantity\""));
        invoke("GET", "/api/cart", auth, null)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"skuId\":\"" + sku + "\""));
    }

    @Test
    void plainHttpThroughTheEventServerReachesTheSameHandler() {
        given().get("/api/cart").then().statusCode(200).body("lines", hasSize(0));
    }

    private static ValidatableResponse invoke(String method, String path, Map<String, String> headers, Object body) {
        return invoke(method, path, headers, body, null);
    }

    private static ValidatableResponse invoke(String method, String path, Map<String, String> headers, Object body,
            List<String> cookies) {
        return given().contentType(ContentType.JSON).body(event(method, path, headers, body, cookies))
                .post("/_lambda_").then().statusCode(200);
    }

    private static String event(String method, String path, Map<String, String> extraHeaders, Object body,
            List<String> cookies) {
        ApiGatewayEvent event = ApiGatewayEvent.request(method, path).json(body);
        extraHeaders.forEach(event::header);
        return (cookies == null ? event : event.cookies(cookies)).toJson();
    }

    /** A SKU of an approved, listed product, inserted with SQL into the catalog's tables (test fixture). */
    private static UUID listedSku(long priceMinor, int stock) {
        UUID product = UUID.randomUUID();
        UUID sku = UUID.randomUUID();
        Config config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
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
