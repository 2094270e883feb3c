package io.bazaar.orders.checkout.repository;

import java.util.UUID;

/** A checkout already committed under an Idempotency-Key: what a retry needs to finish it. */
public record CommittedCheckout(UUID id, String requestHash, String currency, long grandTotalMinor) {
}
