package io.bazaar.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static io.bazaar.infra.TemplateQueries.functionId;
import static io.bazaar.infra.TemplateQueries.logicalId;
import static io.bazaar.infra.TemplateQueries.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EventBridge starts each area's jobs by invoking its alias with an API Gateway event for POST /internal/jobs/{name}. */
class JobSchedulesTest {

    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
    }

    @Test
    void theAreasDeclareTheirJobs() {
        assertEquals(List.of(), ApiArea.identity().jobs());
        assertEquals(List.of(new ApiArea.Job("view-rollup", "rate(1 minute)"), new ApiArea.Job("image-cleanup", "rate(5 minutes)")),
                ApiArea.catalog().jobs());
        assertEquals(List.of(), ApiArea.cart().jobs());
        assertEquals(List.of(new ApiArea.Job("payment-timeouts", "rate(1 minute)"),
                new ApiArea.Job("delivery-timeouts", "rate(1 hour)"),
                new ApiArea.Job("notifications", "rate(1 minute)"), new ApiArea.Job("points-expiry", "rate(1 hour)"),
                new ApiArea.Job("return-photo-cleanup", "rate(15 minutes)")),
                ApiArea.orders().jobs());
        assertEquals(List.of(new ApiArea.Job("review-photo-cleanup", "rate(1 hour)"),
                new ApiArea.Job("review-notices", "rate(1 minute)")), ApiArea.reviews().jobs());
        assertEquals(List.of(new ApiArea.Job("inbox-deliveries", "rate(1 minute)"),
                new ApiArea.Job("price-drops", "rate(15 minutes)"), new ApiArea.Job("message-notices", "rate(1 minute)"),
                new ApiArea.Job("message-attachment-cleanup", "rate(15 minutes)")), ApiArea.members().jobs());
        // the statistics area's jobs run on its ingest function (EventsQueueTest)
        assertEquals(List.of(), ApiArea.statistics().jobs());
    }

    @Test
    void everyJobHasARuleOnItsScheduleThatInvokesItsAreaAlias() throws JsonProcessingException {
        int jobs = 0;
        for (ApiArea area : ApiArea.all()) {
            Map<String, Object> alias = Map.of("Ref", logicalId(template, "AWS::Lambda::Alias",
                    Map.of("FunctionName", Map.of("Ref", functionId(template, area)))));
            for (ApiArea.Job job : area.jobs()) {
                jobs++;
                String rule = logicalId(template, "AWS::Events::Rule", Map.of("Name", "bazaar-test-" + area.name() + "-" + job.name()));
                Map<String, Object> properties = properties(template, rule);
                assertEquals(job.schedule(), properties.get("ScheduleExpression"));
                assertEquals("ENABLED", properties.get("State"));

                List<?> targets = (List<?>) properties.get("Targets");
                assertEquals(1, targets.size());
                Map<?, ?> target = (Map<?, ?>) targets.get(0);
                assertEquals(alias, target.get("Arn"), job.name());

                JsonNode event = new ObjectMapper().readTree((String) target.get("Input"));
                assertEquals("2.0", event.path("version").asText());
                assertEquals("POST /internal/jobs/{name}", event.path("routeKey").asText());
                assertEquals("/internal/jobs/" + job.name(), event.path("rawPath").asText());
                assertEquals("POST", event.path("requestContext").path("http").path("method").asText());
                assertEquals("/internal/jobs/" + job.name(), event.path("requestContext").path("http").path("path").asText());
                assertEquals(job.name(), event.path("pathParameters").path("name").asText());
                assertTrue(event.path("isBase64Encoded").isBoolean());
            }
        }
        assertEquals(13, jobs);
        // and the import worker's refresh (ImportWorkerTest), the order exports (OrderExportWorkerTest) and the
        // statistics ingest function's jobs (EventsQueueTest)
        template.resourceCountIs("AWS::Events::Rule", jobs + 2 + StatisticsIngest.JOBS.size());
    }

    @Test
    void eventBridgeMayInvokeAnAliasOnlyFromItsOwnRules() {
        template.findResources("AWS::Lambda::Permission", Map.of("Properties",
                Match.objectLike(Map.of("Principal", "events.amazonaws.com"))))
                .forEach((id, permission) -> {
                    Map<?, ?> properties = (Map<?, ?>) permission.get("Properties");
                    assertEquals("lambda:InvokeFunction", properties.get("Action"), id);
                    String rule = (String) ((List<?>) ((Map<?, ?>) properties.get("SourceArn")).get("Fn::GetAtt")).get(0);
                    assertTrue(template.findResources("AWS::Events::Rule").containsKey(rule), id);
                });
        // one permission per rule, each naming its own rule
        template.resourcePropertiesCountIs("AWS::Lambda::Permission", Map.of("Principal", "events.amazonaws.com"),
                template.findResources("AWS::Events::Rule").size());
    }

    @Test
    void onlyApiGatewayAndEventBridgeMayInvokeTheFunctions() {
        template.findResources("AWS::Lambda::Permission").forEach((id, permission) -> {
            Object principal = ((Map<?, ?>) permission.get("Properties")).get("Principal");
            assertTrue(List.of("apigateway.amazonaws.com", "events.amazonaws.com").contains(principal), id + ": " + principal);
        });
    }
}
