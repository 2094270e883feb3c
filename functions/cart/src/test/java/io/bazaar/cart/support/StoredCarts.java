package io.bazaar.cart.support;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.aws.AwsConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads and edits cart items in DynamoDB directly, as the orders area (a reader) and DynamoDB's TTL (expiry) do. */
@ApplicationScoped
public class StoredCarts {

    private final DynamoDbClient dynamo;
    private final String table;

    StoredCarts(DynamoDbClient dynamo, AwsConfig aws) {
        this.dynamo = dynamo;
        this.table = aws.tablePrefix() + "carts";
    }

    public Map<String, AttributeValue> item(String id) {
        return dynamo.getItem(r -> r.tableName(table).key(key(id)).consistentRead(true)).item();
    }

    /** Moves a cart's expiry time, as if it were last changed long ago. */
    public void setExpiresAt(String id, long epochSeconds) {
        dynamo.updateItem(r -> r.tableName(table).key(key(id)).updateExpression("SET expiresAt = :at")
                .expressionAttributeValues(Map.of(":at", AttributeValue.fromN(Long.toString(epochSeconds)))));
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("id", AttributeValue.fromS(id));
    }
}
