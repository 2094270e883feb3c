package io.bazaar.cart.service;

/**
 * What the selected, available lines of one currency add up to.
 *
 * @param itemsMinor sum of the line totals, in minor units
 * @param count number of units (sum of the quantities)
 */
public record CurrencyTotal(String currency, long itemsMinor, int count) {
}
