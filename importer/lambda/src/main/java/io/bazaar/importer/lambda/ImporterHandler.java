package io.bazaar.importer.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.catalog.imports.work.Awaited;
import io.bazaar.catalog.imports.work.ImportMessage;
import io.bazaar.catalog.imports.work.ImportWorker;
import io.bazaar.platform.jobs.ScheduledJob;

/**
 * The importer Lambda's entry point. Two kinds of events arrive: SQS batches of import messages (each message is
 * done or reported back as a batch item failure, so SQS retries only that one and, after three tries, moves it to
 * the dead-letter queue) and EventBridge's {@code {"job": "<name>"}}, which runs a scheduled job such as
 * {@code import-refresh}. At a message's last delivery ({@code bazaar.imports.max-receives}, the queue's redrive
 * count) a job it could not run is marked FAILED before the message goes to the dead-letter queue.
 */
@Named("importer")
public class ImporterHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Logger LOG = Logger.getLogger(ImporterHandler.class);

    private final ImportWorker worker;
    private final Instance<ScheduledJob> jobs;
    private final ObjectMapper json;
    private final int maxReceives;

    ImporterHandler(ImportWorker worker, Instance<ScheduledJob> jobs, ObjectMapper json,
            @ConfigProperty(name = "bazaar.imports.max-receives", defaultValue = "3") int maxReceives) {
        this.worker = worker;
        this.jobs = jobs;
        this.json = json;
        this.maxReceives = maxReceives;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        if (event.get("Records") instanceof List<?> records) {
            return Map.of("batchItemFailures", handleRecords(records));
        }
        if (event.get("job") instanceof String name) {
            ScheduledJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no scheduled job named " + name));
            Awaited.result(job::run);
            return Map.of("job", name, "status", "done");
        }
        throw new IllegalArgumentException("neither SQS records nor a scheduled job: " + event.keySet());
    }

    private List<Map<String, String>> handleRecords(List<?> records) {
        List<Map<String, String>> failures = new ArrayList<>();
        for (Object record : records) {
            Map<?, ?> message = (Map<?, ?>) record;
            String id = String.valueOf(message.get("messageId"));
            ImportMessage importMessage;
            try {
                importMessage = json.readValue(String.valueOf(message.get("body")), ImportMessage.class);
            } catch (JsonProcessingException e) {
                // a message no worker can read will never succeed: drop it, loudly, instead of retrying it
                LOG.errorf("Import message %s is not readable and is dropped: %s", id, e.getOriginalMessage());
                continue;
            }
            try {
                worker.handle(importMessage);
            } catch (RuntimeException e) {
                if (receiveCount(message) >= maxReceives) {
                    LOG.errorf(e, "Import message %s failed at its last delivery; it goes to the dead-letter queue", id);
                    worker.giveUp(importMessage, e);
                } else {
                    LOG.errorf(e, "Import message %s failed; SQS delivers it again", id);
                }
                failures.add(Map.of("itemIdentifier", id));
            }
        }
        return failures;
    }

    private static int receiveCount(Map<?, ?> message) {
        if (message.get("attributes") instanceof Map<?, ?> attributes && attributes.get("ApproximateReceiveCount") != null) {
            try {
                return Integer.parseInt(attributes.get("ApproximateReceiveCount").toString());
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        return 1;
    }
}
