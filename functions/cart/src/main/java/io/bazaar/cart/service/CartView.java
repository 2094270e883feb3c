package io.bazaar.cart.service;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The cart as GET /api/cart shows it, priced with current catalog prices; totals cover selected available lines.
 *
 * @param updatedAt time of the last change, null for a cart never stored
 */
public record CartView(List<CartLineView> lines, List<CurrencyTotal> totals,
        @Schema(nullable = true) Instant updatedAt) {
}
