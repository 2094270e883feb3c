package io.bazaar.cart.service;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One cart line as the shopper sees it: the current price next to the price when added, and whether it can be bought
 * now (product approved and listed, enough stock). A SKU the catalog no longer has shows without product details.
 */
public record CartLineView(UUID skuId, @Schema(nullable = true) UUID productId,
        @Schema(nullable = true) String productName, @Schema(nullable = true) String slug,
        Map<String, Object> attributes, int quantity, boolean selected, long unitPriceMinor, long addedPriceMinor,
        boolean priceChanged, String currency, boolean available, int stock, long lineTotalMinor) {
}
