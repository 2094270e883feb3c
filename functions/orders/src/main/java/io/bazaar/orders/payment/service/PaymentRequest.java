package io.bazaar.orders.payment.service;

import java.util.UUID;

/** What the platform asks a provider to collect. */
public record PaymentRequest(UUID paymentId, long amountMinor, String currency, String description) {
}
