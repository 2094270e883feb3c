package io.bazaar.cart.contract;

import java.util.UUID;

/**
 * One SKU in a cart as stored, with what it cost when it was added (to tell the shopper when the price has changed
 * since); {@code addedAt} also tells a line apart from the same SKU removed and added again.
 *
 * @param addedPriceMinor unit price in minor units when first added
 * @param currency ISO 4217 code of that price
 * @param addedAt epoch millis of the first add
 */
public record CartLine(UUID skuId, int quantity, boolean selected, long addedPriceMinor, String currency, long addedAt) {

    public CartLine withQuantity(int newQuantity) {
        return new CartLine(skuId, newQuantity, selected, addedPriceMinor, currency, addedAt);
    }

    public CartLine withSelected(boolean newSelected) {
        return new CartLine(skuId, quantity, newSelected, addedPriceMinor, currency, addedAt);
    }
}
