package io.bazaar.catalog.imports.job;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.catalog.imports.ImportsConfig;
import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.DynamoBatchReads;
import io.bazaar.platform.aws.DynamoTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Import jobs in the DynamoDB table {@code import-jobs} (blocking calls: use them on worker threads):
 * <ul>
 * <li>{@code job#<jobId>}: the request, status, counters, the cursor {@code next} of the worker and problems;</li>
 * <li>{@code merchant-jobs#<merchantId>}: the merchant's job ids, oldest first.</li>
 * </ul>
 * Counters move only together with the cursor (a conditional update), so a message delivered twice never counts a
 * page twice.
 */
@ApplicationScoped
public class ImportJobStore {

    static final DynamoTable TABLE = new DynamoTable("import-jobs");

    private static final List<String> COUNTERS = List.of("discovered", "processed", "imported", "updated", "unchanged",
            "skipped", "failed");

    private final DynamoDbClient dynamo;
    private final String table;
    private final ObjectMapper json;
    private final ImportsConfig config;
    private final Clock clock;

    ImportJobStore(DynamoDbClient dynamo, AwsConfig aws, ObjectMapper json, ImportsConfig config, Clock clock) {
        this.dynamo = dynamo;
        this.table = TABLE.fullName(aws);
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    @Produces
    static DynamoTable table() {
        return TABLE;
    }

    /** Stores a new queued job (a list job's pages are saved separately) and adds it to the merchant's jobs. */
    public ImportJob create(UUID merchantId, String host, ImportJobRequest request) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(DynamoTable.KEY, s(jobKey(id)));
        item.put("merchantId", s(merchantId.toString()));
        item.put("host", s(host));
        item.put("status", s(ImportJobStatus.QUEUED.name()));
        if (request.startUrl() != null) {
            item.put("startUrl", s(request.startUrl().strip()));
        }
        if (request.sitemapUrl() != null) {
            item.put("sitemapUrl", s(request.sitemapUrl().strip()));
        }
        item.put("urlCount", n(request.urls() == null ? 0 : request.urls().size()));
        item.put("options", s(write(request.options())));
        COUNTERS.forEach(c -> item.put(c, n(0)));
        item.put("next", n(0));
        item.put("problems", AttributeValue.fromL(List.of()));
        item.put("createdAt", s(now.toString()));
        item.put(DynamoTable.TTL, n(expiresAt()));
        dynamo.putItem(r -> r.tableName(table).item(item));
        dynamo.updateItem(r -> r.tableName(table).key(key(merchantJobsKey(merchantId)))
                .updateExpression("SET #jobs = list_append(if_not_exists(#jobs, :empty), :id), #ttl = :ttl")
                .expressionAttributeNames(Map.of("#jobs", "jobs", "#ttl", DynamoTable.TTL))
                .expressionAttributeValues(Map.of(":empty", AttributeValue.fromL(List.of()),
                        ":id", AttributeValue.fromL(List.of(s(id.toString()))), ":ttl", n(expiresAt()))));
        return find(id).orElseThrow();
    }

    public Optional<ImportJob> find(UUID jobId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(key(jobKey(jobId)))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(job(item));
    }

    /** The worker's cursor: the index of the next page to import. */
    public int next(UUID jobId) {
        return Integer.parseInt(dynamo.getItem(r -> r.tableName(table).key(key(jobKey(jobId))).consistentRead(true)
                .projectionExpression("#next").expressionAttributeNames(Map.of("#next", "next"))).item().get("next").n());
    }

    /** The merchant's jobs, newest first. */
    public List<ImportJob> ofMerchant(UUID merchantId, int offset, int limit) {
        List<String> ids = jobIds(merchantId);
        Collections.reverse(ids);
        List<String> wanted = ids.subList(Math.min(offset, ids.size()), Math.min(offset + limit, ids.size()));
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, ImportJob> byId = new HashMap<>();
        DynamoBatchReads.getAll(dynamo, table, wanted.stream().map(id -> key(jobKey(UUID.fromString(id)))).toList())
                .forEach(item -> {
                    ImportJob job = job(item);
                    byId.put(job.id().toString(), job);
                });
        return wanted.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public int countOfMerchant(UUID merchantId) {
        return jobIds(merchantId).size();
    }

    /** Moves a queued job to discovering; false when another delivery of the message already did. */
    public boolean startDiscovery(UUID jobId) {
        return setStatus(jobId, ImportJobStatus.QUEUED, ImportJobStatus.DISCOVERING, "startedAt");
    }

    /** Records the pages found and problems met on the way, and opens the job for importing. */
    public void discovered(UUID jobId, int pages, List<String> problems) {
        dynamo.updateItem(r -> r.tableName(table).key(key(jobKey(jobId)))
                .updateExpression("SET #status = :importing, #discovered = :pages, #problems = list_append(#problems, :problems)")
                .conditionExpression("#status = :discovering")
                .expressionAttributeNames(Map.of("#status", "status", "#discovered", "discovered", "#problems", "problems"))
                .expressionAttributeValues(Map.of(":importing", s(ImportJobStatus.IMPORTING.name()),
                        ":discovering", s(ImportJobStatus.DISCOVERING.name()), ":pages", n(pages),
                        ":problems", AttributeValue.fromL(problems.stream().map(ImportJobStore::s).toList()))));
    }

    /**
     * Counts the outcome of page {@code index} and moves the cursor past it, only if the cursor is at it; false
     * when this page was counted already (a repeated delivery).
     */
    public boolean recordProgress(UUID jobId, int index, ImportOutcome outcome) {
        try {
            dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(key(jobKey(jobId)))
                    .updateExpression("SET #next = :after ADD #processed :one, #outcome :one")
                    .conditionExpression("#next = :index")
                    .expressionAttributeNames(Map.of("#next", "next", "#processed", "processed", "#outcome", outcome.counter()))
                    .expressionAttributeValues(Map.of(":after", n(index + 1), ":index", n(index), ":one", n(1)))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException counted) {
            return false;
        }
    }

    public void addProblem(UUID jobId, String problem) {
        dynamo.updateItem(r -> r.tableName(table).key(key(jobKey(jobId)))
                .updateExpression("SET #problems = list_append(#problems, :problem)")
                .expressionAttributeNames(Map.of("#problems", "problems"))
                .expressionAttributeValues(Map.of(":problem", AttributeValue.fromL(List.of(s(problem))))));
    }

    public void finish(UUID jobId, ImportJobStatus status) {
        dynamo.updateItem(r -> r.tableName(table).key(key(jobKey(jobId)))
                .updateExpression("SET #status = :status, #finishedAt = :now")
                .expressionAttributeNames(Map.of("#status", "status", "#finishedAt", "finishedAt"))
                .expressionAttributeValues(Map.of(":status", s(status.name()), ":now", s(clock.instant().toString()))));
    }

    private boolean setStatus(UUID jobId, ImportJobStatus from, ImportJobStatus to, String timeAttribute) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(jobKey(jobId)))
                    .updateExpression("SET #status = :to, #time = :now")
                    .conditionExpression("#status = :from")
                    .expressionAttributeNames(Map.of("#status", "status", "#time", timeAttribute))
                    .expressionAttributeValues(Map.of(":to", s(to.name()), ":from", s(from.name()),
                            ":now", s(clock.instant().toString()))));
            return true;
        } catch (ConditionalCheckFailedException already) {
            return false;
        }
    }

    private List<String> jobIds(UUID merchantId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(key(merchantJobsKey(merchantId)))
                .consistentRead(true)).item();
        if (item == null || !item.containsKey("jobs")) {
            return new ArrayList<>();
        }
        return new ArrayList<>(item.get("jobs").l().stream().map(AttributeValue::s).toList());
    }

    private ImportJob job(Map<String, AttributeValue> item) {
        return new ImportJob(UUID.fromString(item.get(DynamoTable.KEY).s().substring("job#".length())),
                UUID.fromString(item.get("merchantId").s()), item.get("host").s(), ImportJobStatus.valueOf(item.get("status").s()),
                text(item, "startUrl"), text(item, "sitemapUrl"), number(item, "urlCount"),
                read(item.get("options").s()),
                new ImportCounts(number(item, "discovered"), number(item, "processed"), number(item, "imported"),
                        number(item, "updated"), number(item, "unchanged"), number(item, "skipped"), number(item, "failed")),
                item.get("problems").l().stream().map(AttributeValue::s).toList(),
                instant(item, "createdAt"), instant(item, "startedAt"), instant(item, "finishedAt"));
    }

    private long expiresAt() {
        return clock.instant().plus(config.keepJobs()).getEpochSecond();
    }

    private String write(ImportOptions options) {
        try {
            return json.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import options not writable as JSON", e);
        }
    }

    private ImportOptions read(String options) {
        try {
            return json.readValue(options, ImportOptions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import options not readable", e);
        }
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? item.get(name).s() : null;
    }

    private static int number(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Integer.parseInt(item.get(name).n()) : 0;
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Instant.parse(item.get(name).s()) : null;
    }

    static String jobKey(UUID jobId) {
        return "job#" + jobId;
    }

    private static String merchantJobsKey(UUID merchantId) {
        return "merchant-jobs#" + merchantId;
    }

    static Map<String, AttributeValue> key(String id) {
        return Map.of(DynamoTable.KEY, s(id));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
