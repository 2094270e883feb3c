package io.bazaar.catalog.lambda;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.bazaar.localenv.ApiGatewayEvent;
import io.bazaar.localenv.LambdaResponse;
import io.bazaar.localenv.PackagedFunctionExtension;
import io.smallrye.jwt.build.Jwt;

/** The built function.zip, started as Lambda's Java runtime starts it, answers API Gateway HTTP API events. */
class CatalogLambdaIT {

    @RegisterExtension
    static final PackagedFunctionExtension function = new PackagedFunctionExtension(Map.of());

    @Test
    void categoriesAreServedThroughTheLambdaHandler() {
        LambdaResponse categories = invoke("GET", "/api/catalog/categories", null, null);
        assertEquals(200, categories.statusCode());
        assertThat(categories.header("Content-Type"), startsWith("application/json"));
        assertThat(categories.body(), containsString("\"Electronics\""));
    }

    @Test
    void aMerchantCreatesADraftThroughTheLambdaHandler() {
        String staff = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "merchant-staff"))
                .claim("merchant_id", UUID.randomUUID().toString()).claim("permissions", List.of("products")).sign();
        Map<String, Object> draft = Map.of("name", "Lambda Mug", "categoryId", 9, "currency", "EUR",
                "skus", List.of(Map.of("attributes", Map.of(), "priceMinor", 1200, "stock", 5)));
        LambdaResponse created = invoke("POST", "/api/merchant/products", draft, staff);
        assertEquals(201, created.statusCode());
        assertThat(created.header("Location"), startsWith("/api/merchant/products/"));
        assertThat(created.body(), containsString("\"status\":\"draft\""));
    }

    @Test
    void missingTokenIsAProblemFromTheLambda() {
        LambdaResponse anonymous = invoke("GET", "/api/merchant/products", null, null);
        assertEquals(401, anonymous.statusCode());
        assertThat(anonymous.header("Content-Type"), startsWith("application/problem+json"));
    }

    private static LambdaResponse invoke(String method, String path, Object body, String token) {
        return function.invoke(ApiGatewayEvent.request(method, path).bearer(token).json(body));
    }
}
