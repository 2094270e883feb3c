package io.bazaar.cart.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bazaar.platform.aws.DynamoTable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stored format of a cart, defined once: the cart area writes its items with it and other areas read them with
 * it (through {@link CustomerCarts}), so there is no second copy of the attribute names.
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
 * Pinned by {@code CartContractTest} (this module) and {@code CartItemFormatTest} (the cart area).
 */
public final class CartItemFormat {

    /** The carts table; its items are keyed by {@link DynamoTable#KEY} and expire through {@link DynamoTable#TTL}. */
    public static final DynamoTable TABLE = new DynamoTable("carts");

    public static final String LINES = "lines";
    public static final String VERSION = "version";
    public static final String UPDATED_AT = "updatedAt";
    public static final String QUANTITY = "quantity";
    public static final String SELECTED = "selected";
    public static final String ADDED_PRICE_MINOR = "addedPriceMinor";
    public static final String CURRENCY = "currency";
    public static final String ADDED_AT = "addedAt";

    private static final String USER_PREFIX = "user#";
    private static final String GUEST_PREFIX = "guest#";

    private CartItemFormat() {
    }

    /** The key of a signed-in customer's cart. */
    public static String userKey(UUID accountId) {
        return USER_PREFIX + accountId;
    }

    /** The key of a guest's cart. */
    public static String guestKey(String guestId) {
        return GUEST_PREFIX + guestId;
    }

    /** Whether a cart key belongs to a guest cart (which expires) rather than a user cart. */
    public static boolean isGuestKey(String key) {
        return key.startsWith(GUEST_PREFIX);
    }

    /** The key attribute map of the cart under this key, for get, update and delete requests. */
    public static Map<String, AttributeValue> key(String key) {
        return Map.of(DynamoTable.KEY, AttributeValue.fromS(key));
    }

    /** Whether an item is a cart that counts: present and not past its expiry (DynamoDB's TTL deletes late). */
    public static boolean isLive(Map<String, AttributeValue> item, Instant now) {
        if (item == null || item.isEmpty()) {
            return false;
        }
        AttributeValue expiresAt = item.get(DynamoTable.TTL);
        return expiresAt == null || Long.parseLong(expiresAt.n()) > now.getEpochSecond();
    }

    /** The lines of a cart item, in no particular order. */
    public static List<CartLine> lines(Map<String, AttributeValue> item) {
        List<CartLine> lines = new ArrayList<>();
        AttributeValue map = item.get(LINES);
        if (map != null && map.hasM()) {
            map.m().forEach((skuId, line) -> lines.add(line(skuId, line.m())));
        }
        return lines;
    }

    /** Reads one entry of the {@code lines} map; a missing {@code selected} is false, a missing number 0. */
    public static CartLine line(String skuId, Map<String, AttributeValue> line) {
        AttributeValue selected = line.get(SELECTED);
        AttributeValue currency = line.get(CURRENCY);
        return new CartLine(UUID.fromString(skuId), (int) number(line, QUANTITY),
                selected != null && Boolean.TRUE.equals(selected.bool()), number(line, ADDED_PRICE_MINOR),
                currency == null ? null : currency.s(), number(line, ADDED_AT));
    }

    /** The entry of the {@code lines} map that stores one line (its key is the SKU id). */
    public static AttributeValue lineValue(CartLine line) {
        return AttributeValue.fromM(Map.of(
                QUANTITY, number(line.quantity()),
                SELECTED, AttributeValue.fromBool(line.selected()),
                ADDED_PRICE_MINOR, number(line.addedPriceMinor()),
                CURRENCY, AttributeValue.fromS(line.currency()),
                ADDED_AT, number(line.addedAt())));
    }

    /** The stored version of a cart item, 0 when it has none. */
    public static long version(Map<String, AttributeValue> item) {
        return number(item, VERSION);
    }

    /** The epoch millis of a cart item's last change, 0 when it has none. */
    public static long updatedAt(Map<String, AttributeValue> item) {
        return number(item, UPDATED_AT);
    }

    /** A number attribute, as every number of this format is stored. */
    public static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static long number(Map<String, AttributeValue> map, String name) {
        AttributeValue value = map.get(name);
        return value == null ? 0 : Long.parseLong(value.n());
    }
}
