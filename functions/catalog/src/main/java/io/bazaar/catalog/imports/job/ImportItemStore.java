package io.bazaar.catalog.imports.job;

import static io.bazaar.catalog.imports.job.ImportJobStore.key;
import static io.bazaar.catalog.imports.job.ImportJobStore.n;
import static io.bazaar.catalog.imports.job.ImportJobStore.s;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.bazaar.catalog.imports.ImportsConfig;
import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.DynamoBatchReads;
import io.bazaar.platform.aws.DynamoTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The pages of import jobs in the DynamoDB table {@code import-items} (blocking calls):
 * <ul>
 * <li>{@code <jobId>#pages#<chunk>}: the product page URLs discovery found, {@value #CHUNK} per item, so a job of
 * thousands of pages stays far below DynamoDB's 400 KB per item;</li>
 * <li>{@code <jobId>#item#<index>}: the result of page {@code index}, written again if the page is retried.</li>
 * </ul>
 * Keys are computed from positions, so pages and results are read with BatchGetItem without an index.
 */
@ApplicationScoped
public class ImportItemStore {

    static final DynamoTable TABLE = new DynamoTable("import-items");
    static final int CHUNK = 250;
    /** BatchWriteItem takes at most 25 puts. */
    private static final int WRITE_BATCH = 25;

    private final DynamoDbClient dynamo;
    private final String table;
    private final ImportsConfig config;
    private final Clock clock;

    ImportItemStore(DynamoDbClient dynamo, AwsConfig aws, ImportsConfig config, Clock clock) {
        this.dynamo = dynamo;
        this.table = TABLE.fullName(aws);
        this.config = config;
        this.clock = clock;
    }

    @Produces
    static DynamoTable table() {
        return TABLE;
    }

    public void savePages(UUID jobId, List<String> urls) {
        List<WriteRequest> writes = new ArrayList<>();
        for (int chunk = 0; chunk * CHUNK < urls.size(); chunk++) {
            List<String> part = urls.subList(chunk * CHUNK, Math.min((chunk + 1) * CHUNK, urls.size()));
            Map<String, AttributeValue> item = new HashMap<>(key(pagesKey(jobId, chunk)));
            item.put("urls", AttributeValue.fromL(part.stream().map(ImportJobStore::s).toList()));
            item.put(DynamoTable.TTL, n(expiresAt()));
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        for (int from = 0; from < writes.size(); from += WRITE_BATCH) {
            Map<String, List<WriteRequest>> request = Map.of(table, writes.subList(from, Math.min(from + WRITE_BATCH, writes.size())));
            while (!request.isEmpty()) {
                Map<String, List<WriteRequest>> asked = request;
                request = dynamo.batchWriteItem(b -> b.requestItems(asked)).unprocessedItems();
            }
        }
    }

    /** The URLs of pages {@code from} (inclusive) to {@code to} (exclusive). */
    public List<String> pages(UUID jobId, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        int firstChunk = from / CHUNK;
        int lastChunk = (to - 1) / CHUNK;
        Map<Integer, List<String>> chunks = new HashMap<>();
        DynamoBatchReads.getAll(dynamo, table, IntStream.rangeClosed(firstChunk, lastChunk)
                .mapToObj(c -> key(pagesKey(jobId, c))).toList()).forEach(item -> {
                    String id = item.get(DynamoTable.KEY).s();
                    chunks.put(Integer.parseInt(id.substring(id.lastIndexOf('#') + 1)),
                            item.get("urls").l().stream().map(AttributeValue::s).toList());
                });
        List<String> urls = new ArrayList<>();
        for (int index = from; index < to; index++) {
            List<String> chunk = chunks.getOrDefault(index / CHUNK, List.of());
            if (index % CHUNK < chunk.size()) {
                urls.add(chunk.get(index % CHUNK));
            }
        }
        return urls;
    }

    public void saveResult(UUID jobId, ImportItem result) {
        Map<String, AttributeValue> item = new HashMap<>(key(itemKey(jobId, result.index())));
        item.put("index", n(result.index()));
        item.put("url", s(result.url()));
        item.put("outcome", s(result.outcome().name()));
        if (result.reason() != null) {
            item.put("reason", s(result.reason()));
        }
        if (result.productId() != null) {
            item.put("productId", s(result.productId().toString()));
        }
        if (result.name() != null) {
            item.put("name", s(result.name()));
        }
        item.put("at", s(result.at().toString()));
        item.put(DynamoTable.TTL, n(expiresAt()));
        dynamo.putItem(r -> r.tableName(table).item(item));
    }

    /** Results of pages {@code from} (inclusive) to {@code to} (exclusive), in page order; pages not done yet are absent. */
    public List<ImportItem> results(UUID jobId, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        return DynamoBatchReads.getAll(dynamo, table, IntStream.range(from, to).mapToObj(i -> key(itemKey(jobId, i))).toList())
                .stream().map(ImportItemStore::result).sorted(Comparator.comparingInt(ImportItem::index)).toList();
    }

    private static ImportItem result(Map<String, AttributeValue> item) {
        return new ImportItem(Integer.parseInt(item.get("index").n()), item.get("url").s(),
                ImportOutcome.valueOf(item.get("outcome").s()),
                item.containsKey("reason") ? item.get("reason").s() : null,
                item.containsKey("productId") ? UUID.fromString(item.get("productId").s()) : null,
                item.containsKey("name") ? item.get("name").s() : null, Instant.parse(item.get("at").s()));
    }

    private long expiresAt() {
        return clock.instant().plus(config.keepJobs()).getEpochSecond();
    }

    private static String pagesKey(UUID jobId, int chunk) {
        return jobId + "#pages#" + chunk;
    }

    private static String itemKey(UUID jobId, int index) {
        return jobId + "#item#" + index;
    }
}
