package io.bazaar.identity.lambda;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.bazaar.localenv.ApiGatewayEvent;
import io.bazaar.localenv.LambdaResponse;
import io.bazaar.localenv.PackagedFunctionExtension;

/**
 * The built function.zip, started as Lambda's Java runtime starts it, answers API Gateway HTTP API events: status,
 * headers, the cookies list (several Set-Cookie) and the body.
 */
class IdentityLambdaIT {

    private static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    static final PackagedFunctionExtension function = new PackagedFunctionExtension(
            Map.of("bazaar.identity.bcrypt-cost", "4"));

    @Test
    void signUpActivationAndLoginGoThroughTheLambdaHandler() {
        String email = "lambda-" + UUID.randomUUID() + "@example.com";
        LambdaResponse registered = invoke("POST", "/api/auth/register", Map.of("email", email, "password", PASSWORD));
        assertEquals(201, registered.statusCode());
        assertThat(registered.header("Content-Type"), startsWith("application/json"));
        assertThat(registered.body(), containsString("pending_activation"));

        String code = function.outbox().lastSixDigitCodeSentTo(email).orElseThrow();
        assertEquals(204, invoke("POST", "/api/auth/activate", Map.of("login", email, "code", code)).statusCode());

        LambdaResponse login = invoke("POST", "/api/auth/login", Map.of("login", email, "password", PASSWORD));
        assertEquals(200, login.statusCode());
        assertEquals("no-store", login.header("Cache-Control"));
        assertThat(login.header("X-Request-Id"), notNullValue());
        assertThat(login.cookies(), hasSize(2));
        assertThat(login.cookies().get(0), matchesPattern("bazaar_refresh=[A-Za-z0-9_-]{43};.*HttpOnly.*"));
        assertThat(login.cookies().get(1), startsWith("bazaar_signed_in=1"));
        assertThat(login.body(), containsString("\"accessToken\""));
    }

    @Test
    void errorsLeaveTheLambdaAsProblemJson() {
        LambdaResponse anonymous = invoke("GET", "/api/me", null);
        assertEquals(401, anonymous.statusCode());
        assertThat(anonymous.header("Content-Type"), startsWith("application/problem+json"));
        assertThat(anonymous.body(), containsString("https://bazaar.dev/problems/unauthenticated"));
        LambdaResponse badEmail = invoke("POST", "/api/auth/register", Map.of("email", "nope", "password", PASSWORD));
        assertEquals(400, badEmail.statusCode());
        assertThat(badEmail.body(), containsString("\"field\":\"email\""));
    }

    private static LambdaResponse invoke(String method, String path, Object body) {
        return function.invoke(ApiGatewayEvent.request(method, path).json(body));
    }
}
