package io.bazaar.orders.payment.service;

import java.util.UUID;

/**
 * What the platform asks a provider to give back on a collected payment.
 *
 * @param refundId       our refund's id, sent to the provider as metadata
 * @param idempotencyKey the same for every attempt of this refund, so a retried call never refunds twice
 */
public record RefundOrder(UUID refundId, Payment payment, long amountMinor, String idempotencyKey) {
}
