package io.bazaar.cart.repository;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.bazaar.cart.model.Cart;
import io.bazaar.cart.model.CartLine;
import io.bazaar.platform.aws.DynamoTable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stored format of a cart, which the orders area reads at checkout; change it only together with that reader.
 * <p>
 * Table {@code carts} (full name: the configured {@code bazaar.aws.table-prefix} + {@code carts}), one item per cart:
 * <ul>
 * <li>{@code id} S (key): {@code "user#<accountId>"} for a signed-in customer, {@code "guest#<guestId>"} for a
 * guest (guestId: 32 lowercase hex digits, 128 random bits).</li>
 * <li>{@code lines} M: SKU id (UUID string) -> M {{@code quantity} N, {@code selected} BOOL, {@code addedPriceMinor}
 * N (unit price in minor units when first added), {@code currency} S (ISO 4217), {@code addedAt} N (epoch millis of
 * the first add)}.</li>
 * <li>{@code version} N: 1 on creation, +1 on every write; every write is conditional on the version it read.</li>
 * <li>{@code updatedAt} N: epoch millis of the last change.</li>
 * <li>{@code expiresAt} N: epoch seconds, only on guest carts (TTL attribute); an item past it counts as absent even
 * while DynamoDB has not deleted it yet.</li>
 * </ul>
 */
final class CartItems {

    static final String LINES = "lines";
    static final String VERSION = "version";
    static final String UPDATED_AT = "updatedAt";
    static final String QUANTITY = "quantity";
    static final String SELECTED = "selected";
    static final String ADDED_PRICE_MINOR = "addedPriceMinor";
    static final String CURRENCY = "currency";
    static final String ADDED_AT = "addedAt";

    private CartItems() {
    }

    /** The cart in an item, or empty when the item is missing or past its expiry. */
    static Optional<Cart> read(Map<String, AttributeValue> item, Instant now) {
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue expiresAt = item.get(DynamoTable.TTL);
        if (expiresAt != null && Long.parseLong(expiresAt.n()) <= now.getEpochSecond()) {
            return Optional.empty();
        }
        Map<UUID, CartLine> lines = new LinkedHashMap<>();
        item.getOrDefault(LINES, AttributeValue.fromM(Map.of())).m().entrySet().stream()
                .map(entry -> line(entry.getKey(), entry.getValue().m()))
                .sorted(Comparator.comparingLong(CartLine::addedAt).thenComparing(CartLine::skuId))
                .forEach(line -> lines.put(line.skuId(), line));
        return Optional.of(new Cart(item.get(DynamoTable.KEY).s(), lines, number(item, VERSION), number(item, UPDATED_AT)));
    }

    /** The item of the next version of a cart; expiresAt is null for user carts. */
    static Map<String, AttributeValue> write(Cart cart, long updatedAt, Long expiresAt) {
        Map<String, AttributeValue> lines = new HashMap<>();
        cart.allLines().forEach(line -> lines.put(line.skuId().toString(), AttributeValue.fromM(Map.of(
                QUANTITY, number(line.quantity()),
                SELECTED, AttributeValue.fromBool(line.selected()),
                ADDED_PRICE_MINOR, number(line.addedPriceMinor()),
                CURRENCY, AttributeValue.fromS(line.currency()),
                ADDED_AT, number(line.addedAt())))));
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                DynamoTable.KEY, AttributeValue.fromS(cart.key()),
                LINES, AttributeValue.fromM(lines),
                VERSION, number(cart.version() + 1),
                UPDATED_AT, number(updatedAt)));
        if (expiresAt != null) {
            item.put(DynamoTable.TTL, number(expiresAt));
        }
        return item;
    }

    static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static CartLine line(String skuId, Map<String, AttributeValue> line) {
        return new CartLine(UUID.fromString(skuId), (int) number(line, QUANTITY), line.get(SELECTED).bool(),
                number(line, ADDED_PRICE_MINOR), line.get(CURRENCY).s(), number(line, ADDED_AT));
    }

    private static long number(Map<String, AttributeValue> map, String name) {
        AttributeValue value = map.get(name);
        return value == null ? 0 : Long.parseLong(value.n());
    }
}
