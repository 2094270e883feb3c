package io.bazaar.infra;

import static io.bazaar.infra.TemplateQueries.logicalId;
import static io.bazaar.infra.TemplateQueries.properties;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Order exports: a private bucket that forgets files after a week, and a long-running worker function of orders. */
class OrderExportWorkerTest {

    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
    }

    @Test
    void exportsLiveInAPrivateBucketThatDropsThemAfterAWeek() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                        "Prefix", "exports/",
                        "ExpirationInDays", 7,
                        "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 1),
                        "Status", "Enabled")))),
                "CorsConfiguration", Match.absent(),
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true,
                        "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256"))))));
    }

    @Test
    void theWorkerIsTheOrdersZipWithFiveMinutesAndTheApiLeavesTheWorkToIt() {
        for (String name : List.of("bazaar-test-orders", "bazaar-test-orders-exports")) {
            template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "FunctionName", name,
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "BAZAAR_ORDERS_EXPORTS_BUCKET", Match.anyValue(),
                            "BAZAAR_ORDERS_EXPORTS_RUN_ON_CREATE", "false",
                            "BAZAAR_JOBS_HTTP_TRIGGER", "true"))))));
        }
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "bazaar-test-orders-exports", "Timeout", 300, "MemorySize", 1024)));
        // the worker serves no route: every route of the API targets an area's own function
        assertEquals(List.of(), ApiArea.orders().jobs().stream().filter(j -> j.name().equals("order-exports")).toList());
    }

    @Test
    void everyMinuteTheScheduleAsksTheWorkerForTheOrderExportsJob() throws Exception {
        String worker = logicalId(template, "AWS::Lambda::Function", Map.of("FunctionName", "bazaar-test-orders-exports"));
        Map<String, Object> alias = Map.of("Ref", logicalId(template, "AWS::Lambda::Alias",
                Map.of("FunctionName", Map.of("Ref", worker))));
        Map<String, Object> rule = properties(template, logicalId(template, "AWS::Events::Rule",
                Map.of("Name", "bazaar-test-orders-order-exports")));
        assertEquals("rate(1 minute)", rule.get("ScheduleExpression"));
        Map<?, ?> target = (Map<?, ?>) ((List<?>) rule.get("Targets")).get(0);
        assertEquals(alias, target.get("Arn"));
        JsonNode event = new ObjectMapper().readTree((String) target.get("Input"));
        assertEquals("/internal/jobs/order-exports", event.path("rawPath").asText());
        assertEquals("order-exports", event.path("pathParameters").path("name").asText());
    }
}
