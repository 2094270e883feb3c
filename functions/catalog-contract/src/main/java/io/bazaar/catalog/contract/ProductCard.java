package io.bazaar.catalog.contract;

import java.util.UUID;

/**
 * A product as other areas show it in their lists (favourites, recently viewed): name, seller, first image, the
 * lowest SKU price right now, whether any SKU is in stock and whether shoppers may see it at all.
 *
 * @param imageUrl         the first attached image's public URL, or null
 * @param lowestPriceMinor the lowest price among its SKUs in minor units of {@code currency}, or null without SKUs
 * @param visible          approved and listed ({@link ShopperVisibility}): only then may a shopper see or buy it
 */
public record ProductCard(UUID id, UUID merchantId, String name, String slug, String imageUrl, Long lowestPriceMinor,
        String currency, boolean inStock, boolean visible) {

    /** Visible with at least one SKU in stock. */
    public boolean buyable() {
        return visible && inStock;
    }
}
