package io.bazaar.statistics.lambda;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
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
class StatisticsLambdaIT {

    @RegisterExtension
    static final PackagedFunctionExtension function = new PackagedFunctionExtension(Map.of());

    @Test
    void aShopsSalesAndFunnelAnswerThroughTheLambdaHandler() {
        String analyst = staff(List.of("statistics"));
        LambdaResponse sales = invoke("/api/merchant/statistics/sales?from=2024-01-01&to=2024-01-31&grouping=week", analyst);
        assertEquals(200, sales.statusCode());
        assertThat(sales.header("X-Request-Id"), notNullValue());
        assertThat(sales.body(), containsString("\"grouping\":\"WEEK\""));
        LambdaResponse funnel = invoke("/api/merchant/statistics/funnel", analyst);
        assertEquals(200, funnel.statusCode());
        assertThat(funnel.body(), containsString("\"views\":0"));
    }

    @Test
    void errorsLeaveTheLambdaAsProblemJson() {
        LambdaResponse anonymous = invoke("/api/merchant/statistics/sales", null);
        assertEquals(401, anonymous.statusCode());
        assertThat(anonymous.header("Content-Type"), startsWith("application/problem+json"));
        assertEquals(403, invoke("/api/merchant/statistics/sales", staff(List.of("orders"))).statusCode());
        LambdaResponse badGrouping = invoke("/api/merchant/statistics/sales?grouping=year", staff(List.of("statistics")));
        assertEquals(400, badGrouping.statusCode());
        assertThat(badGrouping.body(), containsString("\"field\":\"grouping\""));
    }

    @Test
    void theAreaServesItsOpenApiDocument() {
        LambdaResponse document = invoke("/api/statistics/openapi", null);
        assertEquals(200, document.statusCode());
        assertThat(document.body(), containsString("/api/merchant/statistics/funnel"));
    }

    private static String staff(List<String> permissions) {
        return Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "merchant-staff"))
                .claim("merchant_id", UUID.randomUUID().toString()).claim("permissions", permissions).sign();
    }

    private static LambdaResponse invoke(String path, String token) {
        return function.invoke(ApiGatewayEvent.request("GET", path).bearer(token));
    }
}
