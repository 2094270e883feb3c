package io.bazaar.orders.payment.service;

import java.util.UUID;

/** A verified webhook: the outcome of one payment and the amount the provider collected. */
public record PaymentEvent(String eventId, Outcome outcome, UUID paymentId, long amountMinor, String currency) {

    /** What happened to the payment. */
    public enum Outcome {
        SUCCEEDED, FAILED
    }
}
