package io.bazaar.orders.checkout.repository;

import java.util.UUID;

/** A SKU as the catalog sells it right now: price, currency, seller and whether it may be sold at all. */
public record SkuOffer(UUID skuId, UUID productId, UUID merchantId, String productName, String attributesJson,
        long priceMinor, String currency, boolean buyable) {
}
