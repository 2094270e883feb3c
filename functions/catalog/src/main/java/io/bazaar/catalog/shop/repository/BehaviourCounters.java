package io.bazaar.catalog.shop.repository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.bazaar.catalog.shop.ViewCountingConfig;
import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.DynamoTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Product view counters in the DynamoDB table {@code behaviour-counters}, all atomic UpdateItem calls (blocking:
 * call them on a worker thread):
 * <ul>
 * <li>{@code views#<productId>#<yyyy-mm-dd>}: views per product and UTC day, for statistics, expiring after
 * {@link ViewCountingConfig#keepDays()};</li>
 * <li>{@code pending-views#<productId>}: views not yet added to product_stats.view_count;</li>
 * <li>{@code pending-views-index#<shard>}: a string set of the product ids with pending views. The ids are spread
 * over a few shards by hash so that no single item grows past DynamoDB's 400 KB or takes every write.</li>
 * </ul>
 */
@ApplicationScoped
public class BehaviourCounters {

    static final DynamoTable TABLE = new DynamoTable("behaviour-counters");

    private static final String VIEWS = "views";
    private static final String PRODUCT_IDS = "productIds";

    private final DynamoDbClient dynamo;
    private final String table;
    private final ViewCountingConfig config;
    private final Clock clock;

    BehaviourCounters(DynamoDbClient dynamo, AwsConfig aws, ViewCountingConfig config, Clock clock) {
        this.dynamo = dynamo;
        this.table = TABLE.fullName(aws);
        this.config = config;
        this.clock = clock;
    }

    @Produces
    static DynamoTable table() {
        return TABLE;
    }

    public int shards() {
        return config.indexShards();
    }

    /** Counts views of a product today and marks them pending for the roll-up. */
    public void countViews(UUID productId, long views) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        long expires = today.plusDays(config.keepDays() + 1L).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        add("views#" + productId + "#" + today, views, expires);
        addPending(productId, views);
    }

    /**
     * Adds to the product's pending counter, then puts its id in the index. In this order, every increment is
     * followed by an index entry that a later roll-up takes, and that roll-up resets the counter after the increment.
     */
    public void addPending(UUID productId, long views) {
        long expires = clock.instant().getEpochSecond() + config.keepDays() * 86_400L;
        add(pendingKey(productId), views, expires);
        dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(key(indexKey(shardOf(productId))))
                .updateExpression("ADD #ids :id")
                .expressionAttributeNames(Map.of("#ids", PRODUCT_IDS))
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromSs(List.of(productId.toString()))))
                .build());
    }

    /** Takes the whole id set of one index shard at once (read and removed atomically); empty when there is none. */
    public List<UUID> takeIndex(int shard) {
        try {
            Map<String, AttributeValue> old = dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(key(indexKey(shard)))
                    .updateExpression("REMOVE #ids")
                    .conditionExpression("attribute_exists(#ids)")
                    .expressionAttributeNames(Map.of("#ids", PRODUCT_IDS))
                    .returnValues(ReturnValue.UPDATED_OLD).build()).attributes();
            return old.get(PRODUCT_IDS).ss().stream().map(UUID::fromString).toList();
        } catch (ConditionalCheckFailedException empty) {
            return List.of();
        }
    }

    /** Reads and zeroes the product's pending views in one atomic update; views counted meanwhile stay pending. */
    public long takePending(UUID productId) {
        try {
            Map<String, AttributeValue> old = dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(key(pendingKey(productId)))
                    .updateExpression("SET #views = :zero")
                    .conditionExpression("attribute_exists(#views)")
                    .expressionAttributeNames(Map.of("#views", VIEWS))
                    .expressionAttributeValues(Map.of(":zero", AttributeValue.fromN("0")))
                    .returnValues(ReturnValue.UPDATED_OLD).build()).attributes();
            return Long.parseLong(old.get(VIEWS).n());
        } catch (ConditionalCheckFailedException none) {
            return 0;
        }
    }

    private void add(String id, long views, long expiresAt) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":n", AttributeValue.fromN(Long.toString(views)));
        values.put(":expires", AttributeValue.fromN(Long.toString(expiresAt)));
        dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(key(id))
                .updateExpression("ADD #views :n SET #ttl = :expires")
                .expressionAttributeNames(Map.of("#views", VIEWS, "#ttl", DynamoTable.TTL))
                .expressionAttributeValues(values).build());
    }

    private int shardOf(UUID productId) {
        return Math.floorMod(productId.hashCode(), config.indexShards());
    }

    private static String pendingKey(UUID productId) {
        return "pending-views#" + productId;
    }

    private static String indexKey(int shard) {
        return "pending-views-index#" + shard;
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of(DynamoTable.KEY, AttributeValue.fromS(id));
    }
}
