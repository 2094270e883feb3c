package io.bazaar.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static io.bazaar.infra.TemplateQueries.logicalId;
import static io.bazaar.infra.TemplateQueries.properties;
import static io.bazaar.infra.TemplateQueries.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicApiTest {

    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
    }

    @Test
    void thereIsOneHttpApi() {
        template.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("ProtocolType", "HTTP"));
    }

    @Test
    void everyIdentityRouteExists() {
        List<String> keys = ApiArea.identity().routes().stream().map(ApiArea.Route::key).toList();
        assertEquals(List.of("ANY /api/auth/{proxy+}", "ANY /api/me", "ANY /api/me/{proxy+}", "GET /api/identity/openapi"), keys);
        for (String key : keys) {
            template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", key));
        }
    }

    @Test
    void everyRouteReachesItsAreaAliasWithPayloadFormat2() {
        for (ApiArea area : ApiArea.all()) {
            String alias = logicalId(template, "AWS::Lambda::Alias",
                    Map.of("FunctionName", Map.of("Ref", TemplateQueries.functionId(template, area))));
            for (ApiArea.Route route : area.routes()) {
                String routeId = logicalId(template, "AWS::ApiGatewayV2::Route", Map.of("RouteKey", route.key()));
                String target = text(properties(template, routeId).get("Target"));
                String integration = target.substring("integrations/${".length(), target.length() - 1);

                Map<String, Object> integrationProperties = properties(template, integration);
                assertEquals("AWS_PROXY", integrationProperties.get("IntegrationType"), route.key());
                assertEquals("2.0", integrationProperties.get("PayloadFormatVersion"), route.key());
                assertEquals(Map.of("Ref", alias), integrationProperties.get("IntegrationUri"), route.key());
            }
        }
    }

    @Test
    void corsAllowsTheWebOrigin() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("CorsConfiguration", Match.objectLike(Map.of(
                "AllowOrigins", List.of(SynthesizedStack.WEB_ORIGIN),
                "AllowHeaders", Match.arrayWith(List.of("Authorization", "Content-Type", "Idempotency-Key"))))));
    }
}
