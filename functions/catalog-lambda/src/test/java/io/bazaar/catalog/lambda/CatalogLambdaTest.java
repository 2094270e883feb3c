package io.bazaar.catalog.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
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

/** API Gateway HTTP API (payload 2.0) events through the catalog Lambda handler, as AWS sends them. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CatalogLambdaTest {

    @Test
    void categoriesAreServedThroughTheLambdaHandler() {
        invoke("GET", "/api/catalog/categories", null, null)
                .body("statusCode", equalTo(200))
                .body("headers.'Content-Type'", startsWith("application/json"))
                .body("body", containsString("\"Electronics\""));
    }

    @Test
    void aMerchantCreatesADraftThroughTheLambdaHandler() {
        String staff = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "merchant-staff"))
                .claim("merchant_id", UUID.randomUUID().toString()).claim("permissions", List.of("products")).sign();
        Map<String, Object> draft = Map.of("name", "Lambda Mug", "categoryId", 9, "currency", "EUR",
                "skus", List.of(Map.of("attributes", Map.of(), "priceMinor", 1200, "stock", 5)));
        invoke("POST", "/api/merchant/products", draft, staff)
                .body("statusCode", equalTo(201))
                .body("headers.Location", startsWith("/api/merchant/products/"))
                .body("body", containsString("\"status\":\"draft\""));
    }

    @Test
    void missingTokenIsAProblemFromTheLambda() {
        invoke("GET", "/api/merchant/products", null, null)
                .body("statusCode", equalTo(401))
                .body("headers.'Content-Type'", startsWith("application/problem+json"));
    }

    private static ValidatableResponse invoke(String method, String path, Object body, String token) {
        return given().contentType(ContentType.JSON).body(ApiGatewayEvent.request(method, path).bearer(token).json(body).toJson())
                .post("/_lambda_").then().statusCode(200);
    }
}
