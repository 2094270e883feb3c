package io.bazaar.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static io.bazaar.infra.TemplateQueries.asList;
import static io.bazaar.infra.TemplateQueries.functionId;
import static io.bazaar.infra.TemplateQueries.logicalId;
import static io.bazaar.infra.TemplateQueries.properties;
import static io.bazaar.infra.TemplateQueries.statementsOfArea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FIFO queue of import work, its dead-letter queue and alarm, and who may send to it. */
class ImportQueueTest {

    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
    }

    @Test
    void importQueueIsFifoWithoutContentDeduplicationEncryptedAndDeadLettersAfterThreeReceives() {
        // and the behaviour events queue with its dead-letter queue (EventsQueueTest)
        template.resourceCountIs("AWS::SQS::Queue", 4);
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "bazaar-test-imports.fifo",
                "FifoQueue", true,
                "ContentBasedDeduplication", false,
                "SqsManagedSseEnabled", true,
                "RedrivePolicy", Map.of(
                        "deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(deadLettersId(), "Arn")),
                        "maxReceiveCount", 3)));
    }

    @Test
    void deadLetterQueueIsFifoEncryptedAndKeepsMessagesTwoWeeks() {
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "bazaar-test-imports-dlq.fifo",
                "FifoQueue", true,
                "SqsManagedSseEnabled", true,
                "MessageRetentionPeriod", 14 * 24 * 3600));
    }

    @Test
    void bothQueuesRefuseRequestsWithoutTls() {
        for (String queue : List.of(queueId(), deadLettersId())) {
            template.hasResourceProperties("AWS::SQS::QueuePolicy", Map.of(
                    "Queues", List.of(Map.of("Ref", queue)),
                    "PolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                            "Effect", "Deny",
                            "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
        }
    }

    @Test
    void anyMessageInTheDeadLetterQueueRaisesAnAlarm() {
        // and the behaviour events queue's two (EventsQueueTest)
        template.resourceCountIs("AWS::CloudWatch::Alarm", 3);
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmName", "bazaar-test-imports-dead-letters",
                "Namespace", "AWS/SQS",
                "MetricName", "ApproximateNumberOfMessagesVisible",
                "Dimensions", List.of(Map.of("Name", "QueueName",
                        "Value", Map.of("Fn::GetAtt", List.of(deadLettersId(), "QueueName")))),
                "ComparisonOperator", "GreaterThanThreshold",
                "Threshold", 0,
                "EvaluationPeriods", 1,
                "TreatMissingData", "notBreaching"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void catalogSendsImportWorkToTheQueueItIsTold() {
        Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) properties(template,
                functionId(template, ApiArea.catalog())).get("Environment")).get("Variables");
        assertEquals(Map.of("Ref", queueId()), environment.get("BAZAAR_IMPORTS_QUEUE_URL"));
        assertEquals("sqs", environment.get("BAZAAR_IMPORTS_WORKER"), "the catalog queues import work instead of running it");

        List<Object> onQueue = TemplateQueries.actionsOn(sqsStatements(ApiArea.catalog()),
                resources -> resources.contains(Map.of("Fn::GetAtt", List.of(queueId(), "Arn"))));
        assertTrue(onQueue.contains("sqs:SendMessage"), onQueue::toString);
        assertFalse(onQueue.contains("sqs:ReceiveMessage") || onQueue.contains("sqs:DeleteMessage"), onQueue::toString);
    }

    @Test
    void noOtherAreaTouchesTheImportQueue() {
        // cart and orders send behaviour events, to their own queue (EventsQueueTest), and nothing else
        Map<String, Object> events = Map.of("Fn::GetAtt", List.of(logicalId(template, "AWS::SQS::Queue",
                Map.of("QueueName", "bazaar-test-behaviour-events")), "Arn"));
        for (ApiArea area : List.of(ApiArea.identity(), ApiArea.cart(), ApiArea.orders())) {
            assertEquals(List.of(), sqsStatements(area).stream()
                    .filter(statement -> !asList(statement.get("Resource")).equals(List.of(events))).toList(), area.name());
        }
        assertEquals(List.of(), sqsStatements(ApiArea.identity()), "identity");
    }

    private static List<Map<String, Object>> sqsStatements(ApiArea area) {
        return statementsOfArea(template, area).stream()
                .filter(statement -> asList(statement.get("Action")).stream().anyMatch(action -> action.toString().startsWith("sqs:")))
                .toList();
    }

    private static String queueId() {
        return logicalId(template, "AWS::SQS::Queue", Map.of("QueueName", "bazaar-test-imports.fifo"));
    }

    private static String deadLettersId() {
        return logicalId(template, "AWS::SQS::Queue", Map.of("QueueName", "bazaar-test-imports-dlq.fifo"));
    }
}
