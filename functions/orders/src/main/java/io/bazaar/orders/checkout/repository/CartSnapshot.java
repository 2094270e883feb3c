package io.bazaar.orders.checkout.repository;

import java.util.List;

/** The cart as read at one version: what checkout takes its selected lines from. */
public record CartSnapshot(long version, List<CartLine> lines) {

    public List<CartLine> selected() {
        return lines.stream().filter(CartLine::selected).toList();
    }
}
