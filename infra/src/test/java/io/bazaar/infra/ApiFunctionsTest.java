package io.bazaar.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static io.bazaar.infra.TemplateQueries.functionId;
import static io.bazaar.infra.TemplateQueries.logicalId;
import static io.bazaar.infra.TemplateQueries.properties;
import static io.bazaar.infra.TemplateQueries.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiFunctionsTest {

    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
    }

    @Test
    void everyAreaGetsAQuarkusFunctionWithSnapStartOnJava21() {
        // and the import worker (ImportWorkerTest), the order export worker (OrderExportWorkerTest) and the statistics
        // ingest function (EventsQueueTest)
        template.resourcePropertiesCountIs("AWS::Lambda::Function",
                Map.of("Handler", ApiFunctions.HANDLER), ApiArea.all().size() + 3);
        for (ApiArea area : ApiArea.all()) {
            template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "FunctionName", "bazaar-test-" + area.name(),
                    "Handler", ApiFunctions.HANDLER,
                    "Runtime", "java21",
                    "Architectures", List.of("x86_64"),
                    "MemorySize", 1024,
                    "Timeout", 15,
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                    "VpcConfig", Match.objectLike(Map.of("SubnetIds", Match.anyValue()))));
        }
    }

    @Test
    void everyAreaFunctionHasALiveAliasOnAPublishedVersion() {
        for (ApiArea area : ApiArea.all()) {
            String function = functionId(template, area);
            template.hasResourceProperties("AWS::Lambda::Alias", Map.of(
                    "Name", ApiFunctions.ALIAS,
                    "FunctionName", Map.of("Ref", function),
                    "FunctionVersion", Map.of("Fn::GetAtt", List.of(Match.anyValue(), "Version"))));
            template.hasResourceProperties("AWS::Lambda::Version", Map.of("FunctionName", Map.of("Ref", function)));
        }
    }

    @Test
    void functionLogsAreKeptForOneMonth() {
        for (ApiArea area : ApiArea.all()) {
            template.hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                    "LogGroupName", "/aws/lambda/bazaar-test-" + area.name(),
                    "RetentionInDays", 30));
        }
    }

    @Test
    void identityFunctionIsConfiguredForProductionThroughItsEnvironment() {
        Map<String, Object> variables = environment(ApiArea.identity());

        assertEquals("prod", variables.get("QUARKUS_PROFILE"));
        assertEquals("bazaar-test-", variables.get("BAZAAR_AWS_TABLE_PREFIX"));
        assertEquals(Map.of("Ref", "AWS::Region"), variables.get("BAZAAR_AWS_REGION"));
        assertEquals(SynthesizedStack.MAIL_FROM, variables.get("BAZAAR_NOTIFY_MAIL_FROM"));
        assertEquals(Map.of("Ref", logicalId(template, "AWS::SecretsManager::Secret",
                Map.of("Name", "bazaar/test/jwt-keys"))), variables.get("BAZAAR_JWT_SECRET_ARN"));
        assertEquals(Map.of("Ref", template.getResourceId("AWS::SecretsManager::SecretTargetAttachment")),
                variables.get("BAZAAR_DB_SECRET_ARN"));
    }

    @Test
    void everyFunctionLeavesSchedulingToEventBridgeAndVerifiesTokensWithThePublicKey() {
        Map<String, Object> publicKey = Map.of("Ref", logicalId(template, "AWS::SecretsManager::Secret",
                Map.of("Name", "bazaar/test/jwt-public-key")));
        for (ApiArea area : ApiArea.all()) {
            Map<String, Object> variables = environment(area);
            assertEquals("true", variables.get("BAZAAR_JOBS_HTTP_TRIGGER"), area.name());
            assertEquals("false", variables.get("QUARKUS_SCHEDULER_ENABLED"), area.name());
            assertEquals(publicKey, variables.get("BAZAAR_JWT_PUBLIC_KEY_SECRET_ARN"), area.name());
            assertEquals(area.name().equals("identity"), variables.containsKey("BAZAAR_JWT_SECRET_ARN"), area.name());
        }
    }

    @Test
    void catalogKnowsItsImageBucketAndPublicUrl() {
        Map<String, Object> variables = environment(ApiArea.catalog());

        assertEquals(Map.of("Ref", TemplateQueries.imageBucket(template)), variables.get("BAZAAR_CATALOG_IMAGES_BUCKET"));
        // no bazaar:publicBaseUrl in the test context: the web site's URL
        assertEquals(TemplateQueries.webSiteUrl(template), variables.get("BAZAAR_CATALOG_PUBLIC_BASE_URL"));
        for (ApiArea area : List.of(ApiArea.identity(), ApiArea.cart(), ApiArea.orders(), ApiArea.members())) {
            assertFalse(environment(area).containsKey("BAZAAR_CATALOG_IMAGES_BUCKET"), area.name());
        }
    }

    @Test
    void reviewsKnowsTheImageBucketAndTheImagesUrl() {
        Map<String, Object> variables = environment(ApiArea.reviews());

        assertEquals(Map.of("Ref", TemplateQueries.imageBucket(template)), variables.get("BAZAAR_REVIEWS_IMAGES_BUCKET"));
        assertTrue(variables.containsKey("BAZAAR_REVIEWS_IMAGES_BASE_URL"));
        assertEquals(SynthesizedStack.MAIL_FROM, variables.get("BAZAAR_NOTIFY_MAIL_FROM"));
        for (ApiArea area : List.of(ApiArea.identity(), ApiArea.catalog(), ApiArea.cart(), ApiArea.orders())) {
            assertFalse(environment(area).containsKey("BAZAAR_REVIEWS_IMAGES_BUCKET"), area.name());
        }
    }

    @Test
    void membersKnowsThePushApplicationsTheSenderAndWhereImagesAre() {
        Map<String, Object> variables = environment(ApiArea.members());

        assertEquals(SynthesizedStack.ANDROID_PUSH, variables.get("BAZAAR_MEMBERS_PUSH_ANDROID_APPLICATION_ARN"));
        assertFalse(variables.containsKey("BAZAAR_MEMBERS_PUSH_IOS_APPLICATION_ARN"), "no iOS application in the test context");
        assertEquals(SynthesizedStack.MAIL_FROM, variables.get("BAZAAR_NOTIFY_MAIL_FROM"));
        assertEquals(environment(ApiArea.catalog()).get("BAZAAR_CATALOG_IMAGES_BASE_URL"), variables.get("BAZAAR_CATALOG_IMAGES_BASE_URL"));
        for (ApiArea area : List.of(ApiArea.identity(), ApiArea.catalog(), ApiArea.cart(), ApiArea.orders())) {
            assertFalse(environment(area).containsKey("BAZAAR_MEMBERS_PUSH_ANDROID_APPLICATION_ARN"), area.name());
        }
    }

    @Test
    void ordersKnowsThePaymentsSecretAndTheSender() {
        Map<String, Object> variables = environment(ApiArea.orders());

        assertEquals(Map.of("Ref", logicalId(template, "AWS::SecretsManager::Secret", Map.of("Name", "bazaar/test/payments"))),
                variables.get("BAZAAR_PAYMENTS_SECRET_ARN"));
        assertEquals(SynthesizedStack.MAIL_FROM, variables.get("BAZAAR_NOTIFY_MAIL_FROM"));
        for (ApiArea area : List.of(ApiArea.identity(), ApiArea.catalog(), ApiArea.cart())) {
            assertFalse(environment(area).containsKey("BAZAAR_PAYMENTS_SECRET_ARN"), area.name());
        }
    }

    @Test
    void ordersTakesPaymentsWithStripeAndKnowsItsSecret() {
        Map<String, Object> variables = environment(ApiArea.orders());

        assertEquals("stripe", variables.get("BAZAAR_PAYMENTS_PROVIDER"));
        assertEquals(Map.of("Ref", logicalId(template, "AWS::SecretsManager::Secret", Map.of("Name", "bazaar/test/stripe"))),
                variables.get("BAZAAR_PAYMENTS_STRIPE_SECRET_ARN"));
        for (ApiArea area : List.of(ApiArea.identity(), ApiArea.catalog(), ApiArea.cart())) {
            assertFalse(environment(area).containsKey("BAZAAR_PAYMENTS_STRIPE_SECRET_ARN"), area.name());
            assertFalse(environment(area).containsKey("BAZAAR_PAYMENTS_PROVIDER"), area.name());
        }
    }

    @Test
    void databaseUrlsPointAtTheClusterEndpoint() {
        Map<String, Object> variables = environment(ApiArea.identity());
        String cluster = template.getResourceId("AWS::RDS::DBCluster");
        String endpoint = "${" + cluster + ".Endpoint.Address}:${" + cluster + ".Endpoint.Port}";

        assertEquals("postgresql://" + endpoint + "/bazaar", text(variables.get("QUARKUS_DATASOURCE_REACTIVE_URL")));
        assertEquals("jdbc:postgresql://" + endpoint + "/bazaar", text(variables.get("QUARKUS_DATASOURCE_JDBC_URL")));
    }

    @Test
    void identityKnowsTheAvatarsBucketItsCdnAndTheDocumentKeysAndNoOtherAreaDoes() {
        Map<String, Object> variables = environment(ApiArea.identity());
        assertEquals(Map.of("Ref", TemplateQueries.avatarsBucket(template)), variables.get("BAZAAR_IDENTITY_AVATARS_BUCKET"));
        // the image CDN, whose avatars/* behaviour serves the avatars bucket: an avatar's URL is base + "/" + its key
        assertEquals(Map.of("Fn::Join", List.of("", List.of("https://",
                        Map.of("Fn::GetAtt", List.of(TemplateQueries.imageDistribution(template), "DomainName"))))),
                variables.get("BAZAAR_IDENTITY_AVATARS_BASE_URL"));
        assertEquals(Map.of("Ref", logicalId(template, "AWS::SecretsManager::Secret", Map.of("Name", "bazaar/test/document-keys"))),
                variables.get("BAZAAR_IDENTITY_VERIFICATION_SECRET_ARN"));
        for (ApiArea area : ApiArea.all().stream().filter(area -> !area.name().equals("identity")).toList()) {
            for (String name : List.of("BAZAAR_IDENTITY_AVATARS_BUCKET", "BAZAAR_IDENTITY_VERIFICATION_SECRET_ARN")) {
                assertFalse(environment(area).containsKey(name), area.name() + " " + name);
            }
            // areas that show shop cards (catalog's shop page, members' favourite shops) know where logos are served
            boolean showsLogos = area.capabilities().contains(ApiArea.Capability.LINK_SHOP_LOGOS);
            assertEquals(showsLogos, environment(area).containsKey("BAZAAR_IDENTITY_AVATARS_BASE_URL"), area.name());
            if (showsLogos) {
                assertEquals(variables.get("BAZAAR_IDENTITY_AVATARS_BASE_URL"),
                        environment(area).get("BAZAAR_IDENTITY_AVATARS_BASE_URL"), area.name());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(ApiArea area) {
        Map<String, Object> environment = (Map<String, Object>) properties(template, functionId(template, area)).get("Environment");
        return (Map<String, Object>) environment.get("Variables");
    }
}
