package io.bazaar.orders.checkout.repository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.aws.DynamoTable;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Reads and trims the cart area's DynamoDB items (the cart contract: {@code user#<accountId>} with a {@code lines}
 * map and a {@code version}); the cart module itself is not on this module's class path.
 */
@ApplicationScoped
public class CartStore {

    static final DynamoTable TABLE = new DynamoTable("carts");
    private static final Logger LOG = Logger.getLogger(CartStore.class);
    private static final int MAX_ATTEMPTS = 5;

    private final DynamoDbClient dynamo;
    private final BlockingCalls blocking;
    private final String table;
    private final Clock clock;

    CartStore(DynamoDbClient dynamo, BlockingCalls blocking, AwsConfig aws, Clock clock) {
        this.dynamo = dynamo;
        this.blocking = blocking;
        this.table = TABLE.fullName(aws);
        this.clock = clock;
    }

    @Produces
    static DynamoTable table() {
        return TABLE;
    }

    public Uni<CartSnapshot> read(UUID accountId) {
        return blocking.run(() -> readNow(accountId));
    }

    /**
     * Removes the checked-out lines, leaving lines added (or re-added) since: a line goes only while its addedAt is
     * the one checked out. Conditional on the cart's version; on a conflict it reads again and retries.
     */
    public Uni<Void> removeCheckedOut(UUID accountId, List<CartLine> checkedOut) {
        return blocking.run(() -> {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                CartSnapshot cart = readNow(accountId);
                List<UUID> gone = new ArrayList<>();
                for (CartLine line : checkedOut) {
                    cart.lines().stream().filter(l -> l.skuId().equals(line.skuId()) && l.addedAt() == line.addedAt())
                            .findFirst().ifPresent(l -> gone.add(l.skuId()));
                }
                if (gone.isEmpty()) {
                    return;
                }
                try {
                    remove(accountId, cart.version(), gone);
                    return;
                } catch (ConditionalCheckFailedException changed) {
                    LOG.debugf("Cart of %s changed while removing checked-out lines, attempt %d", accountId, attempt);
                }
            }
            LOG.warnf("Could not remove checked-out lines from the cart of %s: it kept changing", accountId);
        });
    }

    private void remove(UUID accountId, long version, List<UUID> skuIds) {
        // lines and version are DynamoDB reserved words: every name goes through a placeholder
        Map<String, String> names = new HashMap<>(Map.of("#lines", "lines", "#version", "version", "#updatedAt", "updatedAt"));
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < skuIds.size(); i++) {
            names.put("#s" + i, skuIds.get(i).toString());
            paths.add("#lines.#s" + i);
        }
        dynamo.updateItem(r -> r.tableName(table).key(key(accountId))
                .updateExpression("REMOVE " + String.join(", ", paths) + " SET #version = :next, #updatedAt = :now")
                .conditionExpression("#version = :version")
                .expressionAttributeNames(names)
                .expressionAttributeValues(Map.of(":version", AttributeValue.fromN(Long.toString(version)),
                        ":next", AttributeValue.fromN(Long.toString(version + 1)),
                        ":now", AttributeValue.fromN(Long.toString(clock.millis())))));
    }

    private CartSnapshot readNow(UUID accountId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(key(accountId)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return new CartSnapshot(0, List.of());
        }
        List<CartLine> lines = new ArrayList<>();
        AttributeValue map = item.get("lines");
        if (map != null && map.hasM()) {
            map.m().forEach((sku, value) -> lines.add(line(sku, value.m())));
        }
        long version = item.containsKey("version") ? Long.parseLong(item.get("version").n()) : 0;
        return new CartSnapshot(version, lines);
    }

    private static CartLine line(String sku, Map<String, AttributeValue> value) {
        AttributeValue selected = value.get("selected");
        AttributeValue addedAt = value.get("addedAt");
        return new CartLine(UUID.fromString(sku), Integer.parseInt(value.get("quantity").n()),
                selected != null && Boolean.TRUE.equals(selected.bool()), addedAt == null ? 0 : Long.parseLong(addedAt.n()));
    }

    private static Map<String, AttributeValue> key(UUID accountId) {
        return Map.of(DynamoTable.KEY, AttributeValue.fromS("user#" + accountId));
    }
}
