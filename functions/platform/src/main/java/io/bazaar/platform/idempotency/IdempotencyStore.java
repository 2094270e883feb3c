package io.bazaar.platform.idempotency;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.aws.DynamoTable;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Idempotency records in DynamoDB: a conditional put claims a key for one request, so of any number of retries
 * exactly one runs; the others read back its answer. Records expire by TTL and are also treated as gone once expired.
 */
@ApplicationScoped
public class IdempotencyStore {

    static final DynamoTable TABLE = new DynamoTable("idempotency-keys");

    private final DynamoDbClient dynamo;
    private final BlockingCalls blocking;
    private final String table;

    IdempotencyStore(DynamoDbClient dynamo, BlockingCalls blocking, AwsConfig aws) {
        this.dynamo = dynamo;
        this.blocking = blocking;
        this.table = TABLE.fullName(aws);
    }

    @Produces
    static DynamoTable table() {
        return TABLE;
    }

    /** Claims the key; empty when claimed, else the record of the request that holds it. */
    public Uni<Optional<IdempotencyRecord>> claim(String id, String requestHash, long nowSeconds, long expiresAt) {
        return blocking.run(() -> {
            try {
                dynamo.putItem(r -> r.tableName(table)
                        .item(Map.of(DynamoTable.KEY, AttributeValue.fromS(id),
                                "status", AttributeValue.fromS(IdempotencyRecord.IN_PROGRESS),
                                "requestHash", AttributeValue.fromS(requestHash),
                                DynamoTable.TTL, AttributeValue.fromN(Long.toString(expiresAt))))
                        .conditionExpression("attribute_not_exists(#id) OR #ttl < :now")
                        .expressionAttributeNames(Map.of("#id", DynamoTable.KEY, "#ttl", DynamoTable.TTL))
                        .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(nowSeconds)))));
                return Optional.<IdempotencyRecord>empty();
            } catch (ConditionalCheckFailedException held) {
                Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                        .key(Map.of(DynamoTable.KEY, AttributeValue.fromS(id))).consistentRead(true)).item();
                if (item == null || item.isEmpty()) {
                    // released between our put and get: report it as still running, the client retries
                    return Optional.of(new IdempotencyRecord(IdempotencyRecord.IN_PROGRESS, requestHash, null, expiresAt));
                }
                return Optional.of(new IdempotencyRecord(item.get("status").s(), item.get("requestHash").s(),
                        item.containsKey("response") ? item.get("response").s() : null,
                        Long.parseLong(item.get(DynamoTable.TTL).n())));
            }
        });
    }

    /** Stores the answer of the request that holds the key, for its retries. */
    public Uni<Void> complete(String id, String response) {
        return blocking.run(() -> {
            dynamo.updateItem(r -> r.tableName(table).key(Map.of(DynamoTable.KEY, AttributeValue.fromS(id)))
                    .updateExpression("SET #status = :done, #response = :response")
                    .expressionAttributeNames(Map.of("#status", "status", "#response", "response"))
                    .expressionAttributeValues(Map.of(":done", AttributeValue.fromS(IdempotencyRecord.COMPLETED),
                            ":response", AttributeValue.fromS(response))));
        });
    }

    /** Frees the key after the request failed, so that a corrected retry with the same key can run. */
    public Uni<Void> release(String id) {
        return blocking.run(() -> {
            dynamo.deleteItem(r -> r.tableName(table).key(Map.of(DynamoTable.KEY, AttributeValue.fromS(id))));
        });
    }
}
