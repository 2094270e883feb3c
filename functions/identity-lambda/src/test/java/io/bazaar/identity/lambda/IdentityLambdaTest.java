package io.bazaar.identity.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.bazaar.localenv.ApiGatewayEvent;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.localenv.EmulatorOutbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Sends API Gateway HTTP API (payload 2.0) events to the Lambda handler, as AWS does, and checks the Lambda
 * responses: status, headers, the cookies list (several Set-Cookie) and the body.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class IdentityLambdaTest {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void signUpActivationAndLoginGoThroughTheLambdaHandler() {
        String email = "lambda-" + UUID.randomUUID() + "@example.com";
        invoke("POST", "/api/auth/register", Map.of("email", email, "password", PASSWORD))
                .body("statusCode", equalTo(201))
                .body("headers.'Content-Type'", startsWith("application/json"))
                .body("body", containsString("pending_activation"));

        String code = new EmulatorOutbox(URI.create(ConfigProvider.getConfig()
                .getValue("bazaar.aws.endpoint-override", String.class))).lastSixDigitCodeSentTo(email).orElseThrow();
        invoke("POST", "/api/auth/activate", Map.of("login", email, "code", code)).body("statusCode", equalTo(204));

        invoke("POST", "/api/auth/login", Map.of("login", email, "password", PASSWORD))
                .body("statusCode", equalTo(200))
                .body("headers.'Cache-Control'", equalTo("no-store"))
                .body("headers.'X-Request-Id'", notNullValue())
                .body("cookies", hasSize(2))
                .body("cookies[0]", matchesPattern("bazaar_refresh=[A-Za-z0-9_-]{43};.*HttpOnly.*"))
                .body("cookies[1]", startsWith("bazaar_signed_in=1"))
                .body("body", containsString("\"accessToken\""));
    }

    @Test
    void errorsLeaveTheLambdaAsProblemJson() {
        invoke("GET", "/api/me", null)
                .body("statusCode", equalTo(401))
                .body("headers.'Content-Type'", startsWith("application/problem+json"))
                .body("body", containsString("https://bazaar.dev/problems/unauthenticated"));
        invoke("POST", "/api/auth/register", Map.of("email", "nope", "password", PASSWORD))
                .body("statusCode", equalTo(400))
                .body("body", containsString("\"field\":\"email\""));
    }

    @Test
    void plainHttpThroughTheEventServerReachesTheSameHandler() {
        given().contentType(ContentType.JSON).body(Map.of("login", "x@example.com", "password", "whatever it is"))
                .post("/api/auth/login").then().statusCode(401).contentType("application/problem+json");
    }

    private static ValidatableResponse invoke(String method, String path, Object body) {
        return given().contentType(ContentType.JSON).body(event(method, path, body))
                .post("/_lambda_").then().statusCode(200);
    }

    private static String event(String method, String path, Object body) {
        return ApiGatewayEvent.request(method, path).json(body).toJson();
    }
}
