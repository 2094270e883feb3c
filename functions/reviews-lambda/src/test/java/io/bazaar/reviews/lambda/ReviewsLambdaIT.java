package io.bazaar.reviews.lambda;

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
class ReviewsLambdaIT {

    @RegisterExtension
    static final PackagedFunctionExtension function = new PackagedFunctionExtension(Map.of());

    @Test
    void aProductsReviewsAndAShoppersListAnswerThroughTheLambdaHandler() {
        LambdaResponse reviews = invoke("GET", "/api/reviews/products/" + UUID.randomUUID(), null, null);
        assertEquals(200, reviews.statusCode());
        assertThat(reviews.header("X-Request-Id"), notNullValue());
        assertThat(reviews.body(), containsString("\"total\":0"));
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer")).sign();
        LambdaResponse mine = invoke("GET", "/api/me/reviews", token, null);
        assertEquals(200, mine.statusCode());
        assertThat(mine.body(), containsString("\"items\":[]"));
    }

    @Test
    void errorsLeaveTheLambdaAsProblemJson() {
        LambdaResponse anonymous = invoke("POST", "/api/me/reviews", null, Map.of("stars", 5));
        assertEquals(401, anonymous.statusCode());
        assertThat(anonymous.header("Content-Type"), startsWith("application/problem+json"));
        String token = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "buyer")).sign();
        LambdaResponse sevenStars = invoke("POST", "/api/me/reviews", token,
                Map.of("orderNumber", "X", "lineNo", 1, "stars", 7, "title", "t", "text", "x"));
        assertEquals(400, sevenStars.statusCode());
        assertThat(sevenStars.body(), containsString("\"field\":\"stars\""));
    }

    @Test
    void theAreaServesItsOpenApiDocument() {
        LambdaResponse document = invoke("GET", "/api/reviews/openapi", null, null);
        assertEquals(200, document.statusCode());
        assertThat(document.body(), containsString("/api/me/reviews"));
    }

    private static LambdaResponse invoke(String method, String path, String token, Object body) {
        return function.invoke(ApiGatewayEvent.request(method, path).bearer(token).json(body));
    }
}
