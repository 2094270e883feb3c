package io.bazaar.cart.service;

import java.util.Map;
import java.util.UUID;

/**
 * One cart line as the shopper sees it: the current price next to the price when added, and whether it can be bought
 * now (product approved and listed, enough stock). A SKU the catalog no longer has shows without product details.
 */
public record CartLineView(UUID skuId, UUID productId, String productName, String slug, Map<String, Object> attributes,
        int quantity, boolean selected, long unitPriceMinor, long addedPriceMinor, boolean priceChanged, String currency,
        boolean available, int stock, long lineTotalMinor) {
}
