package io.bazaar.statistics.contract;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.platform.aws.BlockingCalls;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Sends request events (views, searches, cart changes) to the SQS queue the statistics area consumes, before the
 * request answers (a Lambda may be frozen right after it), within {@link EventsConfig#sendTimeout()}. It fails open:
 * a send that fails or times out keeps its events in a bounded list that rides along with the next send, and is logged
 * and counted; the request itself never waits longer nor fails. See docs/decisions/behaviour-events.md.
 */
@ApplicationScoped
public class EventQueue {

    private static final Logger LOG = Logger.getLogger(EventQueue.class);

    private final SqsClient sqs;
    private final EventsConfig config;
    private final BlockingCalls blocking;
    private final ObjectMapper json;
    private final boolean createQueue;
    private final Deque<BehaviourEvent> pending = new ArrayDeque<>();
    private final AtomicLong failedSends = new AtomicLong();
    private final AtomicLong droppedEvents = new AtomicLong();
    private volatile String url;

    EventQueue(SqsClient sqs, EventsConfig config, BlockingCalls blocking, ObjectMapper json,
            @ConfigProperty(name = "bazaar.local.bootstrap", defaultValue = "false") boolean createQueue) {
        this.sqs = sqs;
        this.config = config;
        this.blocking = blocking;
        this.json = json;
        this.createQueue = createQueue;
        this.url = config.queueUrl().orElse(null);
    }

    /** Queues the events (and any left over from failed sends); never fails, never takes much longer than the timeout. */
    public Uni<Void> send(List<BehaviourEvent> events) {
        List<BehaviourEvent> batch = withPending(events);
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Duration timeout = config.sendTimeout();
        return blocking.run(() -> write(batch, timeout))
                .ifNoItem().after(timeout.multipliedBy(2)).fail()
                .onFailure().recoverWithItem(failure -> {
                    keep(batch);
                    long failures = failedSends.incrementAndGet();
                    LOG.warnf("Behaviour events not queued (%d kept for the next send, %d failed sends so far): %s",
                            batch.size(), failures, failure.toString());
                    return null;
                });
    }

    /** The queue's URL: configured, or looked up (created against an emulator) once. */
    public String url() {
        String known = url;
        if (known != null) {
            return known;
        }
        known = createQueue ? sqs.createQueue(r -> r.queueName(config.queueName())).queueUrl()
                : sqs.getQueueUrl(r -> r.queueName(config.queueName())).queueUrl();
        url = known;
        return known;
    }

    /** Sends that failed or timed out since start (their events were kept, unless dropped). */
    public long failedSends() {
        return failedSends.get();
    }

    /** Events given up because more than {@link EventsConfig#pendingLimit()} waited. */
    public long droppedEvents() {
        return droppedEvents.get();
    }

    /** Events waiting in memory for the next send. */
    public synchronized int pendingEvents() {
        return pending.size();
    }

    private void write(List<BehaviourEvent> batch, Duration timeout) {
        String queue = url();
        for (int from = 0; from < batch.size(); from += config.eventsPerMessage()) {
            String body = body(batch.subList(from, Math.min(batch.size(), from + config.eventsPerMessage())));
            sqs.sendMessage(r -> r.queueUrl(queue).messageBody(body)
                    .overrideConfiguration(o -> o.apiCallTimeout(timeout).apiCallAttemptTimeout(timeout.dividedBy(2))));
        }
    }

    private synchronized List<BehaviourEvent> withPending(List<BehaviourEvent> events) {
        List<BehaviourEvent> batch = new ArrayList<>(pending);
        pending.clear();
        batch.addAll(events);
        return batch;
    }

    private synchronized void keep(List<BehaviourEvent> batch) {
        for (BehaviourEvent event : batch) {
            pending.addLast(event);
        }
        while (pending.size() > config.pendingLimit()) {
            pending.removeFirst();
            long dropped = droppedEvents.incrementAndGet();
            if (dropped % 100 == 1) {
                LOG.errorf("Behaviour events dropped: the queue has not answered and %d wait in memory (%d dropped so far)",
                        config.pendingLimit(), dropped);
            }
        }
    }

    private String body(List<BehaviourEvent> events) {
        try {
            return json.writeValueAsString(events);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("behaviour events not writable as JSON", e);
        }
    }
}
