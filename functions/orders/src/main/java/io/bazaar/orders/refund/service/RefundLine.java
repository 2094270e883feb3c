package io.bazaar.orders.refund.service;

/** Units of one order line given back, the money for them, and whether they went back into stock. */
public record RefundLine(int lineNo, int quantity, long amountMinor, boolean restocked) {
}
