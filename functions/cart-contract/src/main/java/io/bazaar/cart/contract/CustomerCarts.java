package io.bazaar.cart.contract;

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
 * What another area may do with a signed-in customer's cart (the orders area at checkout): read its lines and remove
 * the lines it checked out. Every other change of a cart belongs to the cart area. The blocking DynamoDB calls run on
 * worker threads through {@link BlockingCalls}. Also declares the carts table, for the local bootstrap.
 */
@ApplicationScoped
public class CustomerCarts {

    private static final Logger LOG = Logger.getLogger(CustomerCarts.class);
    private static final int MAX_ATTEMPTS = 5;

    private final DynamoDbClient dynamo;
    private final BlockingCalls blocking;
    private final String table;
    private final Clock clock;

    CustomerCarts(DynamoDbClient dynamo, BlockingCalls blocking, AwsConfig aws, Clock clock) {
        this.dynamo = dynamo;
        this.blocking = blocking;
        this.table = CartItemFormat.TABLE.fullName(aws);
        this.clock = clock;
    }

    @Produces
    static DynamoTable table() {
        return CartItemFormat.TABLE;
    }

    /** The customer's cart (strongly consistent read); version 0 and no lines when there is none. */
    public Uni<CartSnapshot> read(UUID accountId) {
        return blocking.run(() -> readNow(accountId));
    }

    /**
     * Removes the checked-out lines, leaving lines added (or re-added) since: a line goes only while its addedAt is
     * the one checked out. Conditional on the cart's version; on a conflict it reads again and retries, a few times,
     * then leaves the lines (logged) rather than fail a checkout that has been committed.
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
        Map<String, String> names = new HashMap<>(Map.of("#lines", CartItemFormat.LINES, "#version", CartItemFormat.VERSION,
                "#updatedAt", CartItemFormat.UPDATED_AT));
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < skuIds.size(); i++) {
            names.put("#s" + i, skuIds.get(i).toString());
            paths.add("#lines.#s" + i);
        }
        dynamo.updateItem(r -> r.tableName(table).key(CartItemFormat.key(CartItemFormat.userKey(accountId)))
                .updateExpression("REMOVE " + String.join(", ", paths) + " SET #version = :next, #updatedAt = :now")
                .conditionExpression("#version = :version")
                .expressionAttributeNames(names)
                .expressionAttributeValues(Map.of(":version", CartItemFormat.number(version),
                        ":next", CartItemFormat.number(version + 1),
                        ":now", CartItemFormat.number(clock.millis()))));
    }

    private CartSnapshot readNow(UUID accountId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(CartItemFormat.key(CartItemFormat.userKey(accountId))).consistentRead(true)).item();
        if (!CartItemFormat.isLive(item, clock.instant())) {
            return new CartSnapshot(0, List.of());
        }
        return new CartSnapshot(CartItemFormat.version(item), CartItemFormat.lines(item));
    }
}
