package io.bazaar.orders.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.ApiGatewayEvent;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/** Sends API Gateway HTTP API (payload 2.0) events to the orders Lambda handler, as AWS does. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class OrdersLambdaTest {

    @Test
    void aCustomerSavesAnAddressAndListsOrdersThroughTheLambdaHandler() {
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer")).sign();
        Map<String, Object> address = Map.of("name", "Li Lei", "phone", "+8613800138000", "country", "CN",
                "city", "Hangzhou", "line1", "1 West Lake Road");
        invoke("POST", "/api/me/addresses", token, address)
                .body("statusCode", equalTo(201))
                .body("headers.'Content-Type'", startsWith("application/json"))
                .body("body", containsString("\"city\":\"Hangzhou\""));
        invoke("GET", "/api/orders", token, null)
                .body("statusCode", equalTo(200))
                .body("headers.'X-Request-Id'", notNullValue())
                .body("body", containsString("\"total\":0"));
    }

    @Test
    void errorsLeaveTheLambdaAsProblemJson() {
        invoke("GET", "/api/orders", null, null)
                .body("statusCode", equalTo(401))
                .body("headers.'Content-Type'", startsWith("application/problem+json"))
                .body("body", containsString("https://bazaar.dev/problems/unauthenticated"));
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer")).sign();
        invoke("POST", "/api/me/addresses", token, Map.of("name", "x"))
                .body("statusCode", equalTo(400))
                .body("body", containsString("\"field\":\"line1\""));
        invoke("POST", "/api/payments/webhook/sandbox", null, Map.of("id", "evt"))
                .body("statusCode", equalTo(401))
                .body("body", containsString("invalid-signature"));
    }

    @Test
    void theAreaServesItsOpenApiDocument() {
        given().get("/api/orders/openapi").then().statusCode(200).body(containsString("/api/orders/checkout"));
    }

    private static ValidatableResponse invoke(String method, String path, String token, Object body) {
        return given().contentType(ContentType.JSON).body(event(method, path, token, body))
                .post("/_lambda_").then().statusCode(200);
    }

    private static String event(String method, String path, String token, Object body) {
        return ApiGatewayEvent.request(method, path).bearer(token).json(body).toJson();
    }
}
