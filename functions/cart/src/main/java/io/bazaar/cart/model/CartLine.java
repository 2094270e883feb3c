package io.bazaar.cart.model;

import java.util.UUID;

/**
 * One SKU in a cart, with what it cost when it was added (to tell the shopper when the price has changed since).
 *
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
