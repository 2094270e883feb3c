package io.bazaar.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.aws.DynamoTable;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Fixed-window counters in DynamoDB: an atomic conditional ADD per key and window, so limits hold across every
 * Lambda instance at once; old windows expire by TTL.
 */
@ApplicationScoped
public class RateLimiter {

    static final DynamoTable TABLE = new DynamoTable("rate-limits");

    private final DynamoDbClient dynamo;
    private final BlockingCalls blocking;
    private final String table;
    private final Clock clock;

    RateLimiter(DynamoDbClient dynamo, BlockingCalls blocking, AwsConfig aws, Clock clock) {
        this.dynamo = dynamo;
        this.blocking = blocking;
        this.table = TABLE.fullName(aws);
        this.clock = clock;
    }

    @Produces
    static DynamoTable table() {
        return TABLE;
    }

    /** Counts one event for the key; false (and nothing counted) when the window already holds the limit. */
    public Uni<Boolean> tryAcquire(RateLimit limit, String key) {
        return blocking.run(() -> {
            try {
                dynamo.updateItem(count(limit, key)
                        .conditionExpression("attribute_not_exists(hits) OR hits < :limit")
                        .expressionAttributeValues(values(limit, true))
                        .build());
                return true;
            } catch (ConditionalCheckFailedException full) {
                return false;
            }
        });
    }

    /** Counts one event for the key without ever refusing it (e.g. a failed login). */
    public Uni<Void> record(RateLimit limit, String key) {
        return blocking.run(() -> {
            dynamo.updateItem(count(limit, key).expressionAttributeValues(values(limit, false)).build());
        });
    }

    /** Whether the key has used up its limit in the current window. */
    public Uni<Boolean> isExhausted(RateLimit limit, String key) {
        return blocking.run(() -> {
            Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                    .key(Map.of(DynamoTable.KEY, AttributeValue.fromS(itemId(limit, key)))).consistentRead(true).build())
                    .item();
            return item != null && item.containsKey("hits") && Long.parseLong(item.get("hits").n()) >= limit.limit();
        });
    }

    /** How long until the current window of this limit ends. */
    public Duration retryAfter(RateLimit limit) {
        long windowMillis = limit.window().toMillis();
        long now = clock.millis();
        return Duration.ofMillis(windowMillis - now % windowMillis);
    }

    private UpdateItemRequest.Builder count(RateLimit limit, String key) {
        return UpdateItemRequest.builder().tableName(table)
                .key(Map.of(DynamoTable.KEY, AttributeValue.fromS(itemId(limit, key))))
                .updateExpression("ADD hits :one SET " + DynamoTable.TTL + " = if_not_exists(" + DynamoTable.TTL + ", :expires)");
    }

    private Map<String, AttributeValue> values(RateLimit limit, boolean withLimit) {
        long windowEnd = (windowStart(limit) + limit.window().toMillis()) / 1000;
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":one", AttributeValue.fromN("1"),
                ":expires", AttributeValue.fromN(Long.toString(windowEnd))));
        if (withLimit) {
            values.put(":limit", AttributeValue.fromN(Integer.toString(limit.limit())));
        }
        return values;
    }

    private String itemId(RateLimit limit, String key) {
        return limit.name() + "#" + key + "#" + windowStart(limit);
    }

    private long windowStart(RateLimit limit) {
        long windowMillis = limit.window().toMillis();
        return clock.millis() / windowMillis * windowMillis;
    }
}
