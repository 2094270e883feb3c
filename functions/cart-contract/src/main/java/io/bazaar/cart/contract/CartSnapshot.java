package io.bazaar.cart.contract;

import java.util.List;

/**
 * A signed-in customer's cart as read at one version: what checkout takes its selected lines from.
 *
 * @param version the stored version, 0 when the customer has no cart
 */
public record CartSnapshot(long version, List<CartLine> lines) {

    public CartSnapshot {
        lines = List.copyOf(lines);
    }

    public List<CartLine> selected() {
        return lines.stream().filter(CartLine::selected).toList();
    }
}
