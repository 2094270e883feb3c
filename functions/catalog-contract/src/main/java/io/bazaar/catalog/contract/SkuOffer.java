package io.bazaar.catalog.contract;

import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

/**
 * A SKU as the catalog sells it right now: its product and seller, price, stock and whether it may be bought at all
 * (the shopper visibility rule).
 *
 * @param attributesJson   the SKU's attribute values as a JSON object, e.g. {"colour": "red", "size": "M"}
 * @param memberPriceMinor the price for verified members (below {@code priceMinor}), or null when the SKU has none
 */
public record SkuOffer(UUID skuId, UUID productId, UUID merchantId, String productName, String slug,
        String attributesJson, long priceMinor, Long memberPriceMinor, String currency, int stock, boolean buyable) {

    /** What this shopper pays per unit: the member price for a verified member when the SKU has one. */
    public long priceFor(boolean verifiedMember) {
        return verifiedMember && memberPriceMinor != null ? memberPriceMinor : priceMinor;
    }

    /** The attribute values by attribute name. */
    public Map<String, Object> attributes() {
        return new JsonObject(attributesJson).getMap();
    }

    /** For sale with at least this many units in stock. */
    public boolean canSupply(int quantity) {
        return buyable && stock >= quantity;
    }
}
