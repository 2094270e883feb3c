package io.bazaar.orders.order.service;

import java.util.UUID;

/** One bought SKU, frozen as it was sold: name, attributes and unit price do not follow later catalog edits. */
public record OrderLine(UUID skuId, UUID productId, UUID merchantId, String productName, String attributesJson,
        long unitPriceMinor, int quantity) {

    public long totalMinor() {
        return Math.multiplyExact(unitPriceMinor, (long) quantity);
    }
}
