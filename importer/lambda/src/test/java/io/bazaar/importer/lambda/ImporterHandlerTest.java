package io.bazaar.importer.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.bazaar.catalog.imports.job.ImportJob;
import io.bazaar.catalog.imports.job.ImportJobRequest;
import io.bazaar.catalog.imports.job.ImportJobService;
import io.bazaar.catalog.imports.job.ImportOptions;
import io.bazaar.catalog.imports.work.ImportedProductRepository;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.platform.aws.AwsConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** SQS and EventBridge events through the importer Lambda's handler, with the queue in the emulator. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ImporterHandlerTest {

    private static HttpServer shop;

    @Inject
    SqsClient sqs;

    @Inject
    ImportJobService jobs;

    @Inject
    ImportedProductRepository imported;

    @Inject
    DynamoDbClient dynamo;

    @Inject
    AwsConfig aws;

    private final UUID merchant = UUID.randomUUID();

    @BeforeAll
    static void openShop() throws IOException {
        shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        shop.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                byte[] body = (path.startsWith("/p/") ? page(path.substring(3)) : "User-agent: *\nAllow: /\n")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", path.startsWith("/p/") ? "text/html; charset=utf-8" : "text/plain");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        shop.start();
    }

    @AfterAll
    static void closeShop() {
        shop.stop(0);
    }

    @Test
    void aJobMessageFromTheQueueImportsTheShopsPages() throws Throwable {
        String queue = queue();
        ImportJob job = start(List.of(url("mug"), url("cup")));

        Message message = receiveOne(queue);
        assertEquals("127.0.0.1", message.attributesAsStrings().get("MessageGroupId"));
        invoke(sqsEvent(message)).body("batchItemFailures", empty());

        ImportJob done = VertxContextSupport.subscribeAndAwait(() -> jobs.get(merchant, job.id()));
        assertEquals("COMPLETED", done.status().name());
        assertEquals(2, done.counts().imported());
    }

    @Test
    void theScheduledRefreshQueuesDueProducts() throws Throwable {
        String queue = queue();
        ImportJob job = start(List.of(url("plate")));
        invoke(sqsEvent(receiveOne(queue))).body("batchItemFailures", empty());
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> imported.update(
                "nextVisitAt = ?1 where merchantId = ?2", Instant.now().minusSeconds(1), merchant)));

        invoke(Map.of("job", "import-refresh")).body("job", equalTo("import-refresh")).body("status", equalTo("done"));

        Message refresh = receiveOne(queue);
        assertEquals(true, refresh.body().contains("\"kind\":\"REFRESH\""), refresh.body());
        invoke(sqsEvent(refresh)).body("batchItemFailures", empty());
        assertEquals(merchant, job.merchantId());
    }

    @Test
    void aFailingMessageIsReportedAloneAndAnUnreadableOneIsDropped() {
        String broken = "{\"kind\":\"REFRESH\",\"host\":\"127.0.0.1\",\"merchantId\":\"" + merchant + "\",\"productIds\":null}";
        Map<String, Object> event = Map.of("Records", List.of(
                Map.of("messageId", "m-1", "body", broken),
                Map.of("messageId", "m-2", "body", "not json")));
        invoke(event).body("batchItemFailures.itemIdentifier", equalTo(List.of("m-1")));
    }

    @Test
    void aJobMessageFailingAtItsLastDeliveryMarksTheJobFailed() throws Throwable {
        String queue = queue();
        ImportJob job = start(List.of(url("bowl")));
        Message message = receiveOne(queue);
        // the job's page list vanishes: every delivery of its message fails
        dynamo.deleteItem(r -> r.tableName(aws.tablePrefix() + "import-items")
                .key(Map.of("id", AttributeValue.fromS(job.id() + "#pages#0"))));

        invoke(sqsEvent(message, 1)).body("batchItemFailures.itemIdentifier", equalTo(List.of(message.messageId())));
        assertEquals("IMPORTING", VertxContextSupport.subscribeAndAwait(() -> jobs.get(merchant, job.id())).status().name(),
                "SQS delivers it again");

        invoke(sqsEvent(message, 3)).body("batchItemFailures.itemIdentifier", equalTo(List.of(message.messageId())));
        ImportJob failed = VertxContextSupport.subscribeAndAwait(() -> jobs.get(merchant, job.id()));
        assertEquals("FAILED", failed.status().name());
        assertTrue(failed.problems().stream().anyMatch(p -> p.startsWith("the import stopped after repeated failures")),
                failed.problems()::toString);
    }

    private ImportJob start(List<String> urls) throws Throwable {
        ImportJobRequest request = new ImportJobRequest(null, null, urls, new ImportOptions(9L, null, false, null, 5, null));
        return VertxContextSupport.subscribeAndAwait(() -> jobs.start(merchant, "test-" + UUID.randomUUID(), request)).job();
    }

    private String queue() {
        return sqs.createQueue(r -> r.queueName("bazaar-imports.fifo").attributesWithStrings(Map.of("FifoQueue", "true",
                "ContentBasedDeduplication", "false"))).queueUrl();
    }

    private Message receiveOne(String queue) {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(1).waitTimeSeconds(1)
                    .messageSystemAttributeNamesWithStrings("All")).messages();
            if (!messages.isEmpty()) {
                sqs.deleteMessage(r -> r.queueUrl(queue).receiptHandle(messages.get(0).receiptHandle()));
                return messages.get(0);
            }
        }
        throw new AssertionError("no message on " + queue);
    }

    private static Map<String, Object> sqsEvent(Message message) {
        return Map.of("Records", List.of(Map.of("messageId", message.messageId(), "body", message.body(),
                "eventSource", "aws:sqs", "attributes", message.attributesAsStrings())));
    }

    /** The message as SQS hands it over at its {@code receiveCount}th delivery. */
    private static Map<String, Object> sqsEvent(Message message, int receiveCount) {
        Map<String, String> attributes = new HashMap<>(message.attributesAsStrings());
        attributes.put("ApproximateReceiveCount", Integer.toString(receiveCount));
        return Map.of("Records", List.of(Map.of("messageId", message.messageId(), "body", message.body(),
                "eventSource", "aws:sqs", "attributes", attributes)));
    }

    private static ValidatableResponse invoke(Object event) {
        return given().contentType(ContentType.JSON).body(event).post("/_lambda_").then().statusCode(200);
    }

    private static String url(String slug) {
        return "http://127.0.0.1:" + shop.getAddress().getPort() + "/p/" + slug;
    }

    private static String page(String slug) {
        return "<!doctype html><html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Product\",\"name\":\"Kitchen " + slug + "\",\"sku\":\"K-" + slug + "\",\"offers\":{\"@type\":\"Offer\","
                + "\"price\":\"12.50\",\"priceCurrency\":\"EUR\",\"availability\":\"https://schema.org/InStock\"}}</script>"
                + "</head><body><h1>Kitchen " + slug + "</h1></body></html>";
    }
}
