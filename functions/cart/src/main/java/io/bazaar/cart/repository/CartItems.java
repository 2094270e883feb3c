package io.bazaar.cart.repository;

import static io.bazaar.cart.contract.CartItemFormat.LINES;
import static io.bazaar.cart.contract.CartItemFormat.UPDATED_AT;
import static io.bazaar.cart.contract.CartItemFormat.VERSION;
import static io.bazaar.cart.contract.CartItemFormat.number;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.bazaar.cart.contract.CartItemFormat;
import io.bazaar.cart.contract.CartLine;
import io.bazaar.cart.model.Cart;
import io.bazaar.platform.aws.DynamoTable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a {@link Cart} to and from its DynamoDB item. The format itself (attribute names, keys, how a line is read and
 * written) is {@link CartItemFormat} in {@code bazaar-cart-contract}, which other areas read carts with.
 */
final class CartItems {

    private CartItems() {
    }

    /** The cart in an item, or empty when the item is missing or past its expiry. */
    static Optional<Cart> read(Map<String, AttributeValue> item, Instant now) {
        if (!CartItemFormat.isLive(item, now)) {
            return Optional.empty();
        }
        Map<UUID, CartLine> lines = new LinkedHashMap<>();
        CartItemFormat.lines(item).stream()
                .sorted(Comparator.comparingLong(CartLine::addedAt).thenComparing(CartLine::skuId))
                .forEach(line -> lines.put(line.skuId(), line));
        return Optional.of(new Cart(item.get(DynamoTable.KEY).s(), lines, CartItemFormat.version(item),
                CartItemFormat.updatedAt(item)));
    }

    /** The item of the next version of a cart; expiresAt is null for user carts. */
    static Map<String, AttributeValue> write(Cart cart, long updatedAt, Long expiresAt) {
        Map<String, AttributeValue> lines = new HashMap<>();
        cart.allLines().forEach(line -> lines.put(line.skuId().toString(), CartItemFormat.lineValue(line)));
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
}
