package io.bazaar.infra;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static io.bazaar.infra.TemplateQueries.logicalId;
import static io.bazaar.infra.TemplateQueries.properties;
import static io.bazaar.infra.TemplateQueries.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(List.of("ANY /api/auth/{proxy+}", "ANY /api/me", "ANY /api/me/{proxy+}", "GET /api/identity/openapi",
                "ANY /api/identity/verifications", "ANY /api/identity/verifications/{proxy+}",
                "ANY /api/merchant/me", "ANY /api/merchant/staff", "ANY /api/merchant/staff/{proxy+}",
                "ANY /api/merchant/roles", "ANY /api/merchant/roles/{proxy+}",
                "ANY /api/merchant/invitations", "ANY /api/merchant/invitations/{proxy+}",
                "ANY /api/admin/merchants", "ANY /api/admin/merchants/{proxy+}",
                "ANY /api/admin/shop-applications", "ANY /api/admin/shop-applications/{proxy+}",
                "ANY /api/shop-applications", "ANY /api/merchant/shop",
                "ANY /api/merchant/shop/{proxy+}", "ANY /api/merchant/audit"), keys);
        for (String key : keys) {
            template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", key));
        }
    }

    @Test
    void everyCatalogRouteExists() {
        assertRoutesExist(ApiArea.catalog(), List.of("ANY /api/catalog/{proxy+}",
                "ANY /api/merchant/products", "ANY /api/merchant/products/{proxy+}",
                "ANY /api/merchant/brands", "ANY /api/merchant/brands/{proxy+}",
                "ANY /api/merchant/series", "ANY /api/merchant/series/{proxy+}",
                "ANY /api/merchant/keywords", "ANY /api/merchant/keywords/{proxy+}",
                "ANY /api/merchant/tags", "ANY /api/merchant/tags/{proxy+}",
                "ANY /api/merchant/imports", "ANY /api/merchant/imports/{proxy+}",
                "ANY /api/admin/products/{proxy+}", "ANY /api/admin/categories",
                "GET /p/{proxy+}", "GET /sitemap.xml", "GET /sitemaps/{proxy+}", "GET /robots.txt"));
    }

    @Test
    void everyCartRouteExists() {
        assertRoutesExist(ApiArea.cart(), List.of("ANY /api/cart", "ANY /api/cart/{proxy+}"));
    }

    @Test
    void everyOrdersRouteExists() {
        assertRoutesExist(ApiArea.orders(), List.of("ANY /api/orders", "ANY /api/orders/{proxy+}",
                "ANY /api/merchant/orders", "ANY /api/merchant/orders/{proxy+}", "ANY /api/merchant/order-exports",
                "ANY /api/merchant/order-exports/{proxy+}", "ANY /api/merchant/shipping-rule",
                "ANY /api/me/addresses", "ANY /api/me/addresses/{proxy+}",
                "ANY /api/me/points", "ANY /api/me/points/{proxy+}", "ANY /api/me/coupons", "ANY /api/me/coupons/{proxy+}",
                "ANY /api/coupons/{proxy+}", "ANY /api/admin/points/{proxy+}",
                "ANY /api/me/returns", "ANY /api/me/returns/{proxy+}",
                "ANY /api/merchant/returns", "ANY /api/merchant/returns/{proxy+}",
                "ANY /api/admin/returns", "ANY /api/admin/returns/{proxy+}",
                "ANY /api/admin/coupons", "ANY /api/admin/coupons/{proxy+}",
                "ANY /api/admin/orders/{proxy+}", "ANY /api/admin/payments/{proxy+}",
                "ANY /api/payments/{proxy+}", "ANY /api/shipping/{proxy+}"));
    }

    @Test
    void everyReviewsRouteExistsAndMyReviewsGoToReviews() {
        assertRoutesExist(ApiArea.reviews(), List.of("ANY /api/reviews/{proxy+}", "ANY /api/me/reviews",
                "ANY /api/me/reviews/{proxy+}", "ANY /api/merchant/reviews", "ANY /api/merchant/reviews/{proxy+}",
                "ANY /api/admin/reviews", "ANY /api/admin/reviews/{proxy+}"));
        for (String key : List.of("ANY /api/me/reviews", "ANY /api/me/reviews/{proxy+}")) {
            assertEquals(aliasOf(ApiArea.reviews()), integrationUriOf(key), key);
        }
    }

    @Test
    void everyStatisticsRouteExists() {
        assertRoutesExist(ApiArea.statistics(), List.of("ANY /api/merchant/statistics", "ANY /api/merchant/statistics/{proxy+}",
                "GET /api/statistics/openapi"));
        // more specific than nothing else: no other area claims /api/merchant/statistics
        assertEquals(aliasOf(ApiArea.statistics()), integrationUriOf("ANY /api/merchant/statistics/{proxy+}"));
    }

    @Test
    void everyMembersRouteExists() {
        assertRoutesExist(ApiArea.members(), List.of("ANY /api/me/favourites/{proxy+}", "ANY /api/me/recently-viewed",
                "ANY /api/me/notifications", "ANY /api/me/notifications/{proxy+}", "ANY /api/me/notification-settings",
                "ANY /api/me/devices", "ANY /api/me/devices/{proxy+}", "ANY /api/me/messages", "ANY /api/me/messages/{proxy+}",
                "ANY /api/merchant/messages", "ANY /api/merchant/messages/{proxy+}", "GET /api/members/openapi"));
        // the shopper's own lists go to the members function, not to identity's /api/me/{proxy+}; the merchant centre's
        // messages too, though every other /api/merchant/* path of an area is its own
        for (String key : List.of("ANY /api/me/favourites/{proxy+}", "ANY /api/me/notifications", "ANY /api/me/messages/{proxy+}",
                "ANY /api/merchant/messages", "ANY /api/merchant/messages/{proxy+}")) {
            assertEquals(aliasOf(ApiArea.members()), integrationUriOf(key), key);
        }
    }

    @Test
    void stripesWebhookReachesOrders() {
        // POST /api/payments/webhook/stripe, refunds and payment alerts go to the orders function
        for (String key : List.of("ANY /api/payments/{proxy+}", "ANY /api/admin/orders/{proxy+}",
                "ANY /api/admin/payments/{proxy+}")) {
            assertEquals(aliasOf(ApiArea.orders()), integrationUriOf(key), key);
        }
    }

    @Test
    void carriersWebhooksReachOrders() {
        // POST /api/shipping/webhook/{carrier}: tracking events, signed by the carrier, recorded by the orders function
        assertEquals(aliasOf(ApiArea.orders()), integrationUriOf("ANY /api/shipping/{proxy+}"));
    }

    @Test
    void theRealNameQueueGoesToIdentity() {
        // the platform admin's queue of submissions: GET lists, POST /{id}/approve and /{id}/reject decide
        for (String key : List.of("ANY /api/identity/verifications", "ANY /api/identity/verifications/{proxy+}")) {
            assertEquals(aliasOf(ApiArea.identity()), integrationUriOf(key), key);
        }
    }

    @Test
    void importJobsGoToCatalog() {
        // POST /api/merchant/imports starts a job; GET lists them; /{id} and /{id}/items read one
        for (String key : List.of("ANY /api/merchant/imports", "ANY /api/merchant/imports/{proxy+}")) {
            assertEquals(aliasOf(ApiArea.catalog()), integrationUriOf(key), key);
        }
    }

    @Test
    void addressesGoToOrdersWhileTheRestOfMeStaysWithIdentity() {
        // API Gateway prefers the most specific route, so /api/me/addresses/... never reaches identity
        assertEquals(aliasOf(ApiArea.identity()), integrationUriOf("ANY /api/me/{proxy+}"));
        assertEquals(aliasOf(ApiArea.orders()), integrationUriOf("ANY /api/me/addresses/{proxy+}"));
        assertEquals(aliasOf(ApiArea.orders()), integrationUriOf("ANY /api/me/addresses"));
        for (String key : List.of("ANY /api/me/points", "ANY /api/me/points/{proxy+}", "ANY /api/me/coupons",
                "ANY /api/me/coupons/{proxy+}")) {
            assertEquals(aliasOf(ApiArea.orders()), integrationUriOf(key), key);
        }
    }

    @Test
    void everyRouteKeyIsClaimedByOneAreaOnly() {
        List<String> keys = ApiArea.all().stream().flatMap(area -> area.routes().stream()).map(ApiArea.Route::key).toList();
        assertEquals(keys.size(), Set.copyOf(keys).size(), keys::toString);
        template.resourceCountIs("AWS::ApiGatewayV2::Route", keys.size());
    }

    @Test
    void noRouteReachesTheInternalJobPaths() {
        // jobs are started by EventBridge invoking the functions directly; the public must not start them
        template.findResources("AWS::ApiGatewayV2::Route").forEach((id, route) -> {
            String key = (String) ((Map<?, ?>) route.get("Properties")).get("RouteKey");
            String path = key.substring(key.indexOf(' ') + 1);
            assertTrue(path.startsWith("/api/") || path.startsWith("/p/") || path.startsWith("/sitemap")
                    || path.equals("/robots.txt"), key);
            assertFalse(key.equals("$default") || path.startsWith("/{proxy") || path.startsWith("/internal"), key);
        });
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

    private static void assertRoutesExist(ApiArea area, List<String> expected) {
        assertEquals(expected, area.routes().stream().map(ApiArea.Route::key).toList());
        for (String key : expected) {
            template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", key));
        }
    }

    private static Map<String, Object> aliasOf(ApiArea area) {
        return Map.of("Ref", logicalId(template, "AWS::Lambda::Alias",
                Map.of("FunctionName", Map.of("Ref", TemplateQueries.functionId(template, area)))));
    }

    private static Object integrationUriOf(String routeKey) {
        String routeId = logicalId(template, "AWS::ApiGatewayV2::Route", Map.of("RouteKey", routeKey));
        String target = text(properties(template, routeId).get("Target"));
        return properties(template, target.substring("integrations/${".length(), target.length() - 1)).get("IntegrationUri");
    }

    @Test
    void corsAllowsTheWebOrigin() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("CorsConfiguration", Match.objectLike(Map.of(
                "AllowOrigins", List.of(SynthesizedStack.WEB_ORIGIN),
                "AllowHeaders", Match.arrayWith(List.of("Authorization", "Content-Type", "Idempotency-Key"))))));
    }
}
