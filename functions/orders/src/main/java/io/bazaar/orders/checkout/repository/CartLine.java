package io.bazaar.orders.checkout.repository;

import java.util.UUID;

/** One line of a shopper's cart as the cart area stores it; {@code addedAt} tells a line apart from a re-added one. */
public record CartLine(UUID skuId, int quantity, boolean selected, long addedAt) {
}
