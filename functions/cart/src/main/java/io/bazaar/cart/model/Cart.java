package io.bazaar.cart.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.bazaar.cart.contract.CartLine;

/**
 * A cart as stored: its lines by SKU and the version it was read at, which the next write must still find
 * (optimistic locking). Immutable; every change returns a new cart with the same version.
 *
 * @param version the stored version, 0 for a cart not stored yet
 * @param updatedAt epoch millis of the last change, 0 for a cart not stored yet
 */
public record Cart(String key, Map<UUID, CartLine> lines, long version, long updatedAt) {

    public Cart {
        lines = Map.copyOf(lines);
    }

    public static Cart empty(String key) {
        return new Cart(key, Map.of(), 0, 0);
    }

    public boolean isStored() {
        return version > 0;
    }

    public Collection<CartLine> allLines() {
        return lines.values();
    }

    public Optional<CartLine> line(UUID skuId) {
        return Optional.ofNullable(lines.get(skuId));
    }

    public Cart with(CartLine line) {
        Map<UUID, CartLine> changed = new LinkedHashMap<>(lines);
        changed.put(line.skuId(), line);
        return new Cart(key, changed, version, updatedAt);
    }

    public Cart without(UUID skuId) {
        Map<UUID, CartLine> changed = new LinkedHashMap<>(lines);
        changed.remove(skuId);
        return new Cart(key, changed, version, updatedAt);
    }

    public Cart mapLines(UnaryOperator<CartLine> change) {
        Map<UUID, CartLine> changed = new LinkedHashMap<>();
        lines.forEach((sku, line) -> changed.put(sku, change.apply(line)));
        return new Cart(key, changed, version, updatedAt);
    }
}
