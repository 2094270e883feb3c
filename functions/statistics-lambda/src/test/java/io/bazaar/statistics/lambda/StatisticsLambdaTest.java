package io.bazaar.statistics.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
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

/** Sends API Gateway HTTP API (payload 2.0) events to the statistics Lambda handler, as AWS does. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class StatisticsLambdaTest {

    @Test
    void aShopsSalesAndFunnelAnswerThroughTheLambdaHandler() {
        String analyst = staff(List.of("statistics"));
        invoke("GET", "/api/merchant/statistics/sales?from=2024-01-01&to=2024-01-31&grouping=week", analyst)
                .body("statusCode", equalTo(200))
                .body("headers.'X-Request-Id'", notNullValue())
                .body("body", containsString("\"grouping\":\"WEEK\""));
        invoke("GET", "/api/merchant/statistics/funnel", analyst)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"views\":0"));
    }

    @Test
    void errorsLeaveTheLambdaAsProblemJson() {
        invoke("GET", "/api/merchant/statistics/sales", null)
                .body("statusCode", equalTo(401))
                .body("headers.'Content-Type'", startsWith("application/problem+json"));
        invoke("GET", "/api/merchant/statistics/sales", staff(List.of("orders")))
                .body("statusCode", equalTo(403));
        invoke("GET", "/api/merchant/statistics/sales?grouping=year", staff(List.of("statistics")))
                .body("statusCode", equalTo(400))
                .body("body", containsString("\"field\":\"grouping\""));
    }

    @Test
    void theAreaServesItsOpenApiDocument() {
        given().get("/api/statistics/openapi").then().statusCode(200).body(containsString("/api/merchant/statistics/funnel"));
    }

    private static String staff(List<String> permissions) {
        return Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "merchant-staff"))
                .claim("merchant_id", UUID.randomUUID().toString()).claim("permissions", permissions).sign();
    }

    private static ValidatableResponse invoke(String method, String path, String token) {
        return given().contentType(ContentType.JSON).body(ApiGatewayEvent.request(method, path).bearer(token).toJson())
                .post("/_lambda_").then().statusCode(200);
    }
}
