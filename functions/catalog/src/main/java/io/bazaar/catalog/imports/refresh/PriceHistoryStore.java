package io.bazaar.catalog.imports.refresh;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.bazaar.catalog.imports.ImportsConfig;
import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.DynamoBatchReads;
import io.bazaar.platform.aws.DynamoTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Prices of imported SKUs over time in the DynamoDB table {@code price-history}, one item per SKU ({@code sku#<id>})
 * holding its points oldest first. A point is added only when the price or availability differs from the last
 * one (a condition on the item, so no read is needed), and the oldest go past the configured length. Blocking.
 */
@ApplicationScoped
public class PriceHistoryStore {

    static final DynamoTable TABLE = new DynamoTable("price-history");

    private final DynamoDbClient dynamo;
    private final String table;
    private final ImportsConfig config;
    private final Clock clock;

    PriceHistoryStore(DynamoDbClient dynamo, AwsConfig aws, ImportsConfig config, Clock clock) {
        this.dynamo = dynamo;
        this.table = TABLE.fullName(aws);
        this.config = config;
        this.clock = clock;
    }

    @Produces
    static DynamoTable table() {
        return TABLE;
    }

    /** Records what the source shows now; true when that is a new point. */
    public boolean observe(UUID productId, UUID skuId, long priceMinor, String currency, boolean available) {
        Instant now = clock.instant();
        String state = priceMinor + " " + currency + " " + available;
        Map<String, AttributeValue> point = Map.of("at", s(now.toString()), "priceMinor", n(priceMinor),
                "currency", s(currency), "available", AttributeValue.fromBool(available));
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":empty", AttributeValue.fromL(List.of()));
        values.put(":point", AttributeValue.fromL(List.of(AttributeValue.fromM(point))));
        values.put(":state", s(state));
        values.put(":now", s(now.toString()));
        values.put(":product", s(productId.toString()));
        values.put(":one", n(1));
        try {
            Map<String, AttributeValue> after = dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(key(skuId))
                    .updateExpression("SET #points = list_append(if_not_exists(#points, :empty), :point), #state = :state, "
                            + "#seen = :now, #product = :product ADD #count :one")
                    .conditionExpression("attribute_not_exists(#state) OR #state <> :state")
                    .expressionAttributeNames(Map.of("#points", "points", "#state", "state", "#seen", "lastSeenAt",
                            "#product", "productId", "#count", "count"))
                    .expressionAttributeValues(values).returnValues(ReturnValue.UPDATED_NEW).build()).attributes();
            int count = Integer.parseInt(after.get("count").n());
            if (count > config.refresh().historyLength()) {
                trim(skuId, count - config.refresh().historyLength());
            }
            return true;
        } catch (ConditionalCheckFailedException same) {
            dynamo.updateItem(r -> r.tableName(table).key(key(skuId)).updateExpression("SET #seen = :now")
                    .expressionAttributeNames(Map.of("#seen", "lastSeenAt"))
                    .expressionAttributeValues(Map.of(":now", s(now.toString()))));
            return false;
        }
    }

    /** The points of each SKU, oldest first; SKUs never observed are absent. */
    public Map<UUID, List<PricePoint>> of(List<UUID> skuIds) {
        Map<UUID, List<PricePoint>> history = new HashMap<>();
        DynamoBatchReads.getAll(dynamo, table, skuIds.stream().map(PriceHistoryStore::key).toList()).forEach(item ->
                history.put(UUID.fromString(item.get(DynamoTable.KEY).s().substring("sku#".length())),
                        item.get("points").l().stream().map(p -> point(p.m())).toList()));
        return history;
    }

    private void trim(UUID skuId, int excess) {
        StringBuilder remove = new StringBuilder("REMOVE ");
        for (int i = 0; i < excess; i++) {
            remove.append(i == 0 ? "" : ", ").append("#points[").append(i).append(']');
        }
        dynamo.updateItem(r -> r.tableName(table).key(key(skuId)).updateExpression(remove + " ADD #count :minus")
                .expressionAttributeNames(Map.of("#points", "points", "#count", "count"))
                .expressionAttributeValues(Map.of(":minus", n(-excess))));
    }

    private static PricePoint point(Map<String, AttributeValue> m) {
        return new PricePoint(Instant.parse(m.get("at").s()), Long.parseLong(m.get("priceMinor").n()), m.get("currency").s(),
                m.get("available").bool());
    }

    private static Map<String, AttributeValue> key(UUID skuId) {
        return Map.of(DynamoTable.KEY, s("sku#" + skuId));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
