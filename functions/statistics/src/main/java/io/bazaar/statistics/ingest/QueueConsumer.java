package io.bazaar.statistics.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.statistics.StatisticsConfig;
import io.bazaar.statistics.contract.BehaviourEvent;
import io.bazaar.statistics.contract.EventQueue;
import io.bazaar.statistics.contract.EventRows;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Takes the request events off the events queue into the raw table: ten messages at a time, stored (an id already
 * there is skipped) and committed before the messages are deleted, so a crash in between only delivers them again.
 */
@ApplicationScoped
public class QueueConsumer {

    private static final Logger LOG = Logger.getLogger(QueueConsumer.class);

    /** Longer than one round of receive, insert and delete takes, so no other run receives the messages meanwhile. */
    private static final int VISIBILITY_SECONDS = 120;

    private final SqsClient sqs;
    private final EventQueue queue;
    private final EventRows rows;
    private final Pool pool;
    private final BlockingCalls blocking;
    private final ObjectMapper json;
    private final Clock clock;
    private final StatisticsConfig config;

    QueueConsumer(SqsClient sqs, EventQueue queue, EventRows rows, Pool pool, BlockingCalls blocking, ObjectMapper json,
            Clock clock, StatisticsConfig config) {
        this.config = config;
        this.sqs = sqs;
        this.queue = queue;
        this.rows = rows;
        this.pool = pool;
        this.blocking = blocking;
        this.json = json;
        this.clock = clock;
    }

    /** Drains the queue until it is empty or the deadline passes; completes with how many events were new. */
    public Uni<Integer> drain(Instant deadline) {
        return blocking.run(() -> sqs.receiveMessage(r -> r.queueUrl(queue.url()).maxNumberOfMessages(10)
                .waitTimeSeconds((int) config.receiveWait().toSeconds()).visibilityTimeout(VISIBILITY_SECONDS)).messages()).chain(messages -> {
                    if (messages.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    List<BehaviourEvent> events = new ArrayList<>();
                    messages.forEach(m -> events.addAll(read(m)));
                    return pool.withTransaction(tx -> rows.insert(tx, events))
                            .call(() -> blocking.run(() -> delete(messages)))
                            .chain(stored -> clock.instant().isBefore(deadline)
                                    ? drain(deadline).map(more -> stored + more)
                                    : Uni.createFrom().item(stored));
                });
    }

    /** A message no consumer can read never will: it is logged and deleted with the others rather than retried. */
    private List<BehaviourEvent> read(Message message) {
        try {
            return Arrays.asList(json.readValue(message.body(), BehaviourEvent[].class));
        } catch (JsonProcessingException e) {
            String body = message.body();
            LOG.errorf("Behaviour events message %s is not readable and is dropped: %s (%s)", message.messageId(),
                    e.getOriginalMessage(), body.length() > 500 ? body.substring(0, 500) + "..." : body);
            return List.of();
        }
    }

    private void delete(List<Message> messages) {
        sqs.deleteMessageBatch(r -> r.queueUrl(queue.url()).entries(messages.stream()
                .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build())
                .toList()));
    }
}
