package io.bazaar.cart.repository;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.cart.CartConfig;
import io.bazaar.cart.contract.CartItemFormat;
import io.bazaar.cart.model.Cart;
import io.bazaar.cart.model.CartOwner;
import io.bazaar.platform.aws.AwsConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Reads and writes carts in the DynamoDB table {@code carts} (format: {@link CartItemFormat}, mapped by
 * {@link CartItems}; the table is declared by the contract's {@code CustomerCarts}). Writes are conditional on the
 * version the cart was read at and throw {@link CartConflict} when someone else wrote first. Blocking: callers run
 * these on worker threads.
 */
@ApplicationScoped
public class CartStore {

    private static final Map<String, String> VERSION_NAME = Map.of("#version", CartItemFormat.VERSION);

    private final DynamoDbClient dynamo;
    private final CartConfig config;
    private final Clock clock;
    private final String table;

    CartStore(DynamoDbClient dynamo, CartConfig config, Clock clock, AwsConfig aws) {
        this.dynamo = dynamo;
        this.config = config;
        this.clock = clock;
        this.table = CartItemFormat.TABLE.fullName(aws);
    }

    /** The live cart under this key (strongly consistent read); empty when missing or expired. */
    public Optional<Cart> find(String key) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(CartItemFormat.key(key)).consistentRead(true)).item();
        return CartItems.read(item, clock.instant());
    }

    /** Stores the next version of the cart, if the stored one is still the version it was read at. */
    public Cart save(Cart cart) {
        Instant now = clock.instant();
        Map<String, AttributeValue> item = CartItems.write(cart, now.toEpochMilli(), expiresAt(cart, now));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression(stillAt(cart))
                    .expressionAttributeNames(VERSION_NAME).expressionAttributeValues(versionValue(cart)));
        } catch (ConditionalCheckFailedException e) {
            throw new CartConflict(cart.key());
        }
        return new Cart(cart.key(), cart.lines(), cart.version() + 1, now.toEpochMilli());
    }

    /** Stores the merged cart and deletes the guest cart it took lines from, both or neither. */
    public Cart saveAndDelete(Cart merged, Cart guest) {
        Instant now = clock.instant();
        Map<String, AttributeValue> item = CartItems.write(merged, now.toEpochMilli(), expiresAt(merged, now));
        Put put = Put.builder().tableName(table).item(item).conditionExpression(stillAt(merged))
                .expressionAttributeNames(VERSION_NAME).expressionAttributeValues(versionValue(merged)).build();
        Delete delete = Delete.builder().tableName(table).key(CartItemFormat.key(guest.key())).conditionExpression(stillAt(guest))
                .expressionAttributeNames(VERSION_NAME).expressionAttributeValues(versionValue(guest)).build();
        try {
            dynamo.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder().put(put).build(),
                    TransactWriteItem.builder().delete(delete).build()));
        } catch (TransactionCanceledException e) {
            throw new CartConflict(merged.key());
        }
        return new Cart(merged.key(), merged.lines(), merged.version() + 1, now.toEpochMilli());
    }

    /** Removes the cart whatever its version: clearing wins over changes made just before it. */
    public void delete(String key) {
        dynamo.deleteItem(r -> r.tableName(table).key(CartItemFormat.key(key)));
    }

    private Long expiresAt(Cart cart, Instant now) {
        return CartOwner.isGuestKey(cart.key()) ? now.plus(config.guestCartTtl()).getEpochSecond() : null;
    }

    /** A new cart must not exist yet; a stored one must still be at the version it was read at (0 never is). */
    private static String stillAt(Cart cart) {
        return cart.isStored() ? "#version = :version" : "attribute_not_exists(#version)";
    }

    private static Map<String, AttributeValue> versionValue(Cart cart) {
        return cart.isStored() ? Map.of(":version", CartItemFormat.number(cart.version())) : null;
    }
}
