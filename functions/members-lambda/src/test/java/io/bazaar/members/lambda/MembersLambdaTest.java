package io.bazaar.members.lambda;

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

/** Sends API Gateway HTTP API (payload 2.0) events to the members Lambda handler, as AWS does. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class MembersLambdaTest {

    @Test
    void aShopperReadsTheInboxAndRegistersADeviceThroughTheLambdaHandler() {
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer")).sign();
        invoke("GET", "/api/me/notifications", token, null)
                .body("statusCode", equalTo(200))
                .body("headers.'X-Request-Id'", notNullValue())
                .body("body", containsString("\"unread\":0"));
        invoke("POST", "/api/me/devices", token, Map.of("platform", "ios", "token", "ab".repeat(32)))
                .body("statusCode", equalTo(201))
                .body("body", containsString("\"platform\":\"ios\""));
        invoke("GET", "/api/me/favourites/counts", token, null)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"products\":0"));
    }

    @Test
    void errorsLeaveTheLambdaAsProblemJson() {
        invoke("GET", "/api/me/notifications", null, null)
                .body("statusCode", equalTo(401))
                .body("headers.'Content-Type'", startsWith("application/problem+json"))
                .body("body", containsString("https://bazaar.dev/problems/unauthenticated"));
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer")).sign();
        invoke("POST", "/api/me/devices", token, Map.of("platform", "ios", "token", "not-hex"))
                .body("statusCode", equalTo(400))
                .body("body", containsString("\"field\":\"token\""));
    }

    @Test
    void theAreaServesItsOpenApiDocument() {
        given().get("/api/members/openapi").then().statusCode(200).body(containsString("/api/me/favourites/products"));
    }

    private static ValidatableResponse invoke(String method, String path, String token, Object body) {
        return given().contentType(ContentType.JSON).body(event(method, path, token, body))
                .post("/_lambda_").then().statusCode(200);
    }

    private static String event(String method, String path, String token, Object body) {
        return ApiGatewayEvent.request(method, path).bearer(token).json(body).toJson();
    }
}
