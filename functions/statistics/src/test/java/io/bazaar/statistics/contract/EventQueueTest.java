package io.bazaar.statistics.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.platform.aws.BlockingCalls;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** A request event never holds up nor fails its request, even when the queue does not answer at all. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class EventQueueTest {

    @Test
    void aQueueThatDoesNotAnswerCostsTheRequestItsTimeoutAndNoMore() throws IOException {
        // a real socket that accepts connections and never answers: the SQS endpoint of a network partition
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                SqsClient sqs = SqsClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:"
                        + silent.getLocalPort())).credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("test", "test")))
                        .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            EventQueue queue = new EventQueue(sqs, config("http://127.0.0.1:" + silent.getLocalPort() + "/000000000000/events"),
                    Arc.container().instance(BlockingCalls.class).get(), Arc.container().instance(ObjectMapper.class).get(),
                    false);
            long started = System.nanoTime();
            queue.send(List.of(view())).await().atMost(Duration.ofSeconds(5));
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertTrue(tookMs < 1500, "the send took " + tookMs + " ms");
            assertEquals(1, queue.failedSends());
            assertEquals(1, queue.pendingEvents());
            // what waits is bounded: beyond the limit the oldest go, counted
            queue.send(List.of(view(), view())).await().atMost(Duration.ofSeconds(5));
            assertEquals(2, queue.pendingEvents());
            assertEquals(1, queue.droppedEvents());
        }
    }

    private static BehaviourEvent view() {
        return BehaviourEvent.productView(new Visitor(UUID.randomUUID(), null), UUID.randomUUID(), UUID.randomUUID(),
                ViewSource.DIRECT, Instant.now());
    }

    private static EventsConfig config(String url) {
        return new EventsConfig() {
            @Override
            public Optional<String> queueUrl() {
                return Optional.of(url);
            }

            @Override
            public String queueName() {
                return "events";
            }

            @Override
            public Duration sendTimeout() {
                return Duration.ofMillis(250);
            }

            @Override
            public int pendingLimit() {
                return 2;
            }

            @Override
            public int eventsPerMessage() {
                return 100;
            }
        };
    }
}
