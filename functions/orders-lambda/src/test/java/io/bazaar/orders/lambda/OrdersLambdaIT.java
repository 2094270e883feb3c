package io.bazaar.orders.lambda;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
class OrdersLambdaIT {

    @RegisterExtension
    static final PackagedFunctionExtension function = new PackagedFunctionExtension(Map.of(
            // deployments pay through Stripe (the sandbox is refused outside the local and test profiles)
            "bazaar.payments.stripe.secret-key", "sk_test_only_lambda_it",
            "bazaar.payments.stripe.webhook-secret", "whsec_test_only_lambda_it"));

    @Test
    void aCustomerSavesAnAddressAndListsOrdersThroughTheLambdaHandler() {
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer")).sign();
        Map<String, Object> address = Map.of("name", "Li Lei", "phone", "+8613800138000", "country", "CN",
                "city", "Hangzhou", "line1", "1 West Lake Road");
        LambdaResponse saved = invoke("POST", "/api/me/addresses", token, address);
        assertEquals(201, saved.statusCode());
        assertThat(saved.header("Content-Type"), startsWith("application/json"));
        assertThat(saved.body(), containsString("\"city\":\"Hangzhou\""));
        LambdaResponse orders = invoke("GET", "/api/orders", token, null);
        assertEquals(200, orders.statusCode());
        assertThat(orders.header("X-Request-Id"), notNullValue());
        assertThat(orders.body(), containsString("\"total\":0"));
    }

    @Test
    void errorsLeaveTheLambdaAsProblemJson() {
        LambdaResponse anonymous = invoke("GET", "/api/orders", null, null);
        assertEquals(401, anonymous.statusCode());
        assertThat(anonymous.header("Content-Type"), startsWith("application/problem+json"));
        assertThat(anonymous.body(), containsString("https://bazaar.dev/problems/unauthenticated"));
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer")).sign();
        LambdaResponse noLine = invoke("POST", "/api/me/addresses", token, Map.of("name", "x"));
        assertEquals(400, noLine.statusCode());
        assertThat(noLine.body(), containsString("\"field\":\"line1\""));
        LambdaResponse unsigned = invoke("POST", "/api/payments/webhook/stripe", null, Map.of("id", "evt"));
        assertEquals(401, unsigned.statusCode());
        assertThat(unsigned.body(), containsString("invalid-signature"));
    }

    @Test
    void theAreaServesItsOpenApiDocument() {
        LambdaResponse document = invoke("GET", "/api/orders/openapi", null, null);
        assertEquals(200, document.statusCode());
        assertThat(document.body(), containsString("/api/orders/checkout"));
    }

    private static LambdaResponse invoke(String method, String path, String token, Object body) {
        return function.invoke(ApiGatewayEvent.request(method, path).bearer(token).json(body));
    }
}
