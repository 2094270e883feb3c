package io.bazaar.reviews.lambda;

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

/** Sends API Gateway HTTP API (payload 2.0) events to the reviews Lambda handler, as AWS does. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ReviewsLambdaTest {

    @Test
    void aProductsReviewsAndAShoppersListAnswerThroughTheLambdaHandler() {
        invoke("GET", "/api/reviews/products/" + UUID.randomUUID(), null, null)
                .body("statusCode", equalTo(200))
                .body("headers.'X-Request-Id'", notNullValue())
                .body("body", containsString("\"total\":0"));
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer")).sign();
        invoke("GET", "/api/me/reviews", token, null)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"items\":[]"));
    }

    @Test
    void errorsLeaveTheLambdaAsProblemJson() {
        invoke("POST", "/api/me/reviews", null, Map.of("stars", 5))
                .body("statusCode", equalTo(401))
                .body("headers.'Content-Type'", startsWith("application/problem+json"));
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer")).sign();
        invoke("POST", "/api/me/reviews", token, Map.of("orderNumber", "X", "lineNo", 1, "stars", 7, "title", "t", "text", "x"))
                .body("statusCode", equalTo(400))
                .body("body", containsString("\"field\":\"stars\""));
    }

    @Test
    void theAreaServesItsOpenApiDocument() {
        given().get("/api/reviews/openapi").then().statusCode(200).body(containsString("/api/me/reviews"));
    }

    private static ValidatableResponse invoke(String method, String path, String token, Object body) {
        return given().contentType(ContentType.JSON).body(event(method, path, token, body))
                .post("/_lambda_").then().statusCode(200);
    }

    private static String event(String method, String path, String token, Object body) {
        return ApiGatewayEvent.request(method, path).bearer(token).json(body).toJson();
    }
}
