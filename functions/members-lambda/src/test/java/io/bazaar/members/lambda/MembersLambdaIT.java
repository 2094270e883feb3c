package io.bazaar.members.lambda;

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
class MembersLambdaIT {

    @RegisterExtension
    static final PackagedFunctionExtension function = new PackagedFunctionExtension(Map.of());

    @Test
    void aShopperReadsTheInboxAndRegistersADeviceThroughTheLambdaHandler() {
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer")).sign();
        LambdaResponse inbox = invoke("GET", "/api/me/notifications", token, null);
        assertEquals(200, inbox.statusCode());
        assertThat(inbox.header("X-Request-Id"), notNullValue());
        assertThat(inbox.body(), containsString("\"unread\":0"));
        LambdaResponse device = invoke("POST", "/api/me/devices", token, Map.of("platform", "ios", "token", "ab".repeat(32)));
        assertEquals(201, device.statusCode());
        assertThat(device.body(), containsString("\"platform\":\"ios\""));
        LambdaResponse counts = invoke("GET", "/api/me/favourites/counts", token, null);
        assertEquals(200, counts.statusCode());
        assertThat(counts.body(), containsString("\"products\":0"));
    }

    @Test
    void errorsLeaveTheLambdaAsProblemJson() {
        LambdaResponse anonymous = invoke("GET", "/api/me/notifications", null, null);
        assertEquals(401, anonymous.statusCode());
        assertThat(anonymous.header("Content-Type"), startsWith("application/problem+json"));
        assertThat(anonymous.body(), containsString("https://bazaar.dev/problems/unauthenticated"));
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer")).sign();
        LambdaResponse badToken = invoke("POST", "/api/me/devices", token, Map.of("platform", "ios", "token", "not-hex"));
        assertEquals(400, badToken.statusCode());
        assertThat(badToken.body(), containsString("\"field\":\"token\""));
    }

    @Test
    void theAreaServesItsOpenApiDocument() {
        LambdaResponse document = invoke("GET", "/api/members/openapi", null, null);
        assertEquals(200, document.statusCode());
        assertThat(document.body(), containsString("/api/me/favourites/products"));
    }

    private static LambdaResponse invoke(String method, String path, String token, Object body) {
        return function.invoke(ApiGatewayEvent.request(method, path).bearer(token).json(body));
    }
}
