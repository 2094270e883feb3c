package io.bazaar.infra;

import static io.bazaar.infra.TemplateQueries.asList;
import static io.bazaar.infra.TemplateQueries.functionId;
import static io.bazaar.infra.TemplateQueries.logicalId;
import static io.bazaar.infra.TemplateQueries.properties;
import static io.bazaar.infra.TemplateQueries.statementsOfArea;
import static io.bazaar.infra.TemplateQueries.statementsOfFunction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * Behaviour events: the queue the areas send their request events to, its dead letters and alarms, who may send and
 * who may take them in, and the statistics ingest function with its schedules.
 */
class EventsQueueTest {

    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
    }

    @Test
    void theEventsQueueIsEncryptedKeepsEventsFourDaysAndDeadLettersAfterFiveReceives() {
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "bazaar-test-behaviour-events",
                "SqsManagedSseEnabled", true,
                "MessageRetentionPeriod", 4 * 24 * 3600,
                "VisibilityTimeout", 120,
                "RedrivePolicy", Map.of(
                        "deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(deadLetters(), "Arn")),
                        "maxReceiveCount", 5)));
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "bazaar-test-behaviour-events-dlq", "MessageRetentionPeriod", 14 * 24 * 3600));
        for (String queue : List.of(queue(), deadLetters())) {
            template.hasResourceProperties("AWS::SQS::QueuePolicy", Map.of(
                    "Queues", List.of(Map.of("Ref", queue)),
                    "PolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                            "Effect", "Deny",
                            "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
        }
    }

    @Test
    void deadLettersAndABacklogOfAQuarterOfAnHourRaiseAlarms() {
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "bazaar-test-behaviour-events-dead-letters",
                "MetricName", "ApproximateNumberOfMessagesVisible",
                "Dimensions", List.of(Map.of("Name", "QueueName", "Value", Map.of("Fn::GetAtt", List.of(deadLetters(), "QueueName")))),
                "Threshold", 0));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "bazaar-test-behaviour-events-backlog",
                "MetricName", "ApproximateAgeOfOldestMessage",
                "Dimensions", List.of(Map.of("Name", "QueueName", "Value", Map.of("Fn::GetAtt", List.of(queue(), "QueueName")))),
                "Threshold", 900));
    }

    @Test
    void theAreasWhereRequestEventsHappenMaySendThemAndOnlyStatisticsTakesThemIn() {
        Map<String, Object> arn = Map.of("Fn::GetAtt", List.of(queue(), "Arn"));
        Set<String> senders = new TreeSet<>();
        Set<String> consumers = new TreeSet<>();
        for (ApiArea area : ApiArea.all()) {
            List<Object> actions = statementsOfArea(template, area).stream()
                    .filter(statement -> asList(statement.get("Resource")).contains(arn))
                    .flatMap(statement -> asList(statement.get("Action")).stream()).toList();
            if (actions.contains("sqs:SendMessage")) {
                senders.add(area.name());
            }
            if (actions.contains("sqs:ReceiveMessage") && actions.contains("sqs:DeleteMessage")) {
                consumers.add(area.name());
            }
            Map<?, ?> variables = variables(functionId(template, area));
            assertEquals(actions.isEmpty(), !variables.containsKey(EventsQueue.QUEUE_URL_VARIABLE), area.name());
        }
        // reviews records its events in its transactions only; identity records none
        assertEquals(Set.of("cart", "catalog", "members", "orders"), senders);
        assertEquals(Set.of("statistics"), consumers);
    }

    @Test
    void theIngestFunctionIsTheStatisticsZipWithAMinuteAndTakesTheQueueIn() {
        String ingest = ingest();
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "bazaar-test-statistics-ingest", "Timeout", 60, "MemorySize", 1024)));
        assertEquals(Map.of("Ref", queue()), variables(ingest).get(EventsQueue.QUEUE_URL_VARIABLE));
        List<Object> actions = statementsOfFunction(template, ingest).stream()
                .filter(statement -> asList(statement.get("Resource")).contains(Map.of("Fn::GetAtt", List.of(queue(), "Arn"))))
                .flatMap(statement -> asList(statement.get("Action")).stream()).toList();
        assertTrue(actions.containsAll(List.of("sqs:ReceiveMessage", "sqs:DeleteMessage")), actions::toString);
        // the API function is reached by API Gateway; the ingest function by its schedules only
        template.resourcePropertiesCountIs("AWS::Lambda::Permission", Map.of("Principal", "apigateway.amazonaws.com",
                "FunctionName", Map.of("Ref", alias(ingest))), 0);
    }

    @Test
    void theSchedulesAskTheIngestFunctionToTakeInEveryMinuteAndPurgeDaily() throws Exception {
        Map<String, Object> alias = Map.of("Ref", alias(ingest()));
        for (ApiArea.Job job : StatisticsIngest.JOBS) {
            Map<String, Object> rule = properties(template, logicalId(template, "AWS::Events::Rule",
                    Map.of("Name", "bazaar-test-statistics-" + job.name())));
            assertEquals(job.schedule(), rule.get("ScheduleExpression"));
            Map<?, ?> target = (Map<?, ?>) ((List<?>) rule.get("Targets")).get(0);
            assertEquals(alias, target.get("Arn"));
            JsonNode event = new ObjectMapper().readTree((String) target.get("Input"));
            assertEquals("/internal/jobs/" + job.name(), event.path("rawPath").asText());
        }
        assertEquals(List.of("rate(1 minute)", "rate(1 day)"), StatisticsIngest.JOBS.stream().map(ApiArea.Job::schedule).toList());
    }

    private static Map<?, ?> variables(String function) {
        Map<?, ?> environment = (Map<?, ?>) properties(template, function).get("Environment");
        return (Map<?, ?>) environment.get("Variables");
    }

    private static String ingest() {
        return logicalId(template, "AWS::Lambda::Function", Map.of("FunctionName", "bazaar-test-statistics-ingest"));
    }

    private static String alias(String function) {
        return logicalId(template, "AWS::Lambda::Alias", Map.of("FunctionName", Map.of("Ref", function)));
    }

    private static String queue() {
        return logicalId(template, "AWS::SQS::Queue", Map.of("QueueName", "bazaar-test-behaviour-events"));
    }

    private static String deadLetters() {
        return logicalId(template, "AWS::SQS::Queue", Map.of("QueueName", "bazaar-test-behaviour-events-dlq"));
    }
}
