package io.bazaar.orders.order.service;

import java.util.UUID;

/**
 * One bought SKU, frozen as it was sold: name, attributes and unit price do not follow later catalog edits.
 *
 * @param unitPriceMinor what the shopper paid per unit (the member price when one applied)
 * @param listPriceMinor the list price per unit when a member price applied, else null
 */
public record OrderLine(UUID skuId, UUID productId, UUID merchantId, String productName, String attributesJson,
        long unitPriceMinor, int quantity, Long listPriceMinor) {

    /** A line sold at the list price. */
    public OrderLine(UUID skuId, UUID productId, UUID merchantId, String productName, String attributesJson,
            long unitPriceMinor, int quantity) {
        this(skuId, productId, merchantId, productName, attributesJson, unitPriceMinor, quantity, null);
    }

    public long totalMinor() {
        return Math.multiplyExact(unitPriceMinor, (long) quantity);
    }

    /** What the member price saved on this line (0 at the list price). */
    public long memberSavingMinor() {
        return listPriceMinor == null ? 0 : Math.multiplyExact(listPriceMinor - unitPriceMinor, (long) quantity);
    }
}
