package io.bazaar.orders.order.service;

import java.util.List;

/**
 * One keyset page of the merchant's orders, each with its customer masked; {@code next} is where the following page
 * starts, null on the last page.
 */
public record MerchantOrderPage(List<Entry> orders, OrderCursor next) {

    /** An order of the page and who placed it. */
    public record Entry(MerchantOrder order, MaskedCustomer customer) {
    }
}
