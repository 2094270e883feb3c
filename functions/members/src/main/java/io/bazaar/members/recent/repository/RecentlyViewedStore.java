package io.bazaar.members.recent.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.bazaar.members.MembersConfig;
import io.bazaar.members.recent.service.RecentView;
import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.DynamoTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Each shopper's recently viewed products in the DynamoDB table {@code recently-viewed}: one item per account
 * ({@code account#<id>}) holding the list newest first, deduplicated and cut at the configured length, written with
 * a version condition (retried on a concurrent view) and expiring {@code recently-viewed-ttl} after the last view.
 * Blocking.
 */
@ApplicationScoped
public class RecentlyViewedStore {

    static final DynamoTable TABLE = new DynamoTable("recently-viewed");
    private static final int ATTEMPTS = 5;

    private final DynamoDbClient dynamo;
    private final String table;
    private final MembersConfig config;

    RecentlyViewedStore(DynamoDbClient dynamo, AwsConfig aws, MembersConfig config) {
        this.dynamo = dynamo;
        this.table = TABLE.fullName(aws);
        this.config = config;
    }

    @Produces
    static DynamoTable table() {
        return TABLE;
    }

    /** Puts the product first in the account's list (moving it up if it is there already). */
    public void record(UUID accountId, UUID productId, Instant at) {
        for (int attempt = 1; ; attempt++) {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(key(accountId)).consistentRead(true)).item();
            boolean exists = item != null && !item.isEmpty();
            long version = exists ? Long.parseLong(item.get("version").n()) : 0;
            List<RecentView> views = new ArrayList<>();
            views.add(new RecentView(productId, at));
            for (RecentView earlier : exists ? views(item) : List.<RecentView>of()) {
                if (!earlier.productId().equals(productId) && views.size() < config.recentlyViewedLimit()) {
                    views.add(earlier);
                }
            }
            Map<String, AttributeValue> next = new HashMap<>(key(accountId));
            next.put("views", AttributeValue.fromL(views.stream().map(v -> AttributeValue.fromM(Map.of(
                    "p", AttributeValue.fromS(v.productId().toString()),
                    "at", AttributeValue.fromN(Long.toString(v.viewedAt().toEpochMilli()))))).toList()));
            next.put("version", AttributeValue.fromN(Long.toString(version + 1)));
            next.put(DynamoTable.TTL, AttributeValue.fromN(Long.toString(at.plus(config.recentlyViewedTtl()).getEpochSecond())));
            try {
                dynamo.putItem(r -> r.tableName(table).item(next)
                        .conditionExpression(exists ? "version = :v" : "attribute_not_exists(id)")
                        .expressionAttributeValues(exists ? Map.of(":v", AttributeValue.fromN(Long.toString(version))) : null));
                return;
            } catch (ConditionalCheckFailedException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    /** The account's list, newest first; empty once expired (checked here too: DynamoDB deletes expired items late). */
    public List<RecentView> of(UUID accountId, Instant now) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(key(accountId)).consistentRead(true)).item();
        if (item == null || item.isEmpty() || Long.parseLong(item.get(DynamoTable.TTL).n()) <= now.getEpochSecond()) {
            return List.of();
        }
        return views(item);
    }

    public void clear(UUID accountId) {
        dynamo.deleteItem(r -> r.tableName(table).key(key(accountId)));
    }

    private static List<RecentView> views(Map<String, AttributeValue> item) {
        return item.get("views").l().stream().map(v -> new RecentView(UUID.fromString(v.m().get("p").s()),
                Instant.ofEpochMilli(Long.parseLong(v.m().get("at").n())))).toList();
    }

    private static Map<String, AttributeValue> key(UUID accountId) {
        return Map.of(DynamoTable.KEY, AttributeValue.fromS("account#" + accountId));
    }
}
