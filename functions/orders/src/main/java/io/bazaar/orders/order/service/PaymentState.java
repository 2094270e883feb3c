package io.bazaar.orders.order.service;

/**
 * Where an order's money stands, read from the order itself (its payment date and refunded amount), so it filters on
 * the orders table alone: not paid yet (or never, when cancelled unpaid), paid, paid and partly refunded, wholly
 * refunded.
 */
public enum PaymentState {
    UNPAID,
    PAID,
    PARTIALLY_REFUNDED,
    REFUNDED;

    /** The state of an order with this payment date, total and refunded amount. */
    public static PaymentState of(boolean paid, long totalMinor, long refundedMinor) {
        if (!paid) {
            return UNPAID;
        }
        if (refundedMinor <= 0) {
            return PAID;
        }
        return refundedMinor >= totalMinor ? REFUNDED : PARTIALLY_REFUNDED;
    }
}
