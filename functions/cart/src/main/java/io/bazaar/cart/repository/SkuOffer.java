package io.bazaar.cart.repository;

import java.util.Map;
import java.util.UUID;

/**
 * What the catalog says about a SKU right now: its product, price, stock and whether it is on sale (approved and
 * listed). Read from the catalog's tables, never written by the cart.
 */
public record SkuOffer(UUID skuId, UUID productId, String productName, String slug, Map<String, Object> attributes,
        long priceMinor, String currency, int stock, boolean onSale) {

    /** On sale with at least this many units in stock. */
    public boolean canSupply(int quantity) {
        return onSale && stock >= quantity;
    }
}
