package io.bazaar.orders.payment.service;

import java.util.UUID;

/**
 * A verified webhook: the outcome of one payment and the amount the provider collected, or (REFUNDED) the total the
 * provider has refunded on it so far.
 *
 * @param settledReference the provider's handle on the collected money (Stripe: the PaymentIntent), null if none
 * @param refundedMinor    for REFUNDED: everything refunded on the payment at the provider so far; 0 otherwise
 */
public record PaymentEvent(String eventId, Outcome outcome, UUID paymentId, long amountMinor, String currency,
        String settledReference, long refundedMinor) {

    public PaymentEvent(String eventId, Outcome outcome, UUID paymentId, long amountMinor, String currency) {
        this(eventId, outcome, paymentId, amountMinor, currency, null, 0);
    }

    /** What happened to the payment. */
    public enum Outcome {
        SUCCEEDED, FAILED, REFUNDED,
        /** A genuine event of a kind the platform does not act on; answered 200 so the provider does not retry it. */
        IGNORED
    }
}
