package io.bazaar.orders.payment.service;

import java.time.Instant;
import java.util.UUID;

/**
 * The payment of one checkout (all its orders) at one provider.
 *
 * @param providerReference what the provider opened for it (Stripe: the Checkout Session)
 * @param settledReference  the provider's handle on the collected money, known once paid (Stripe: the PaymentIntent)
 */
public record Payment(UUID id, UUID checkoutId, String provider, long amountMinor, String currency, String status,
        String providerReference, String redirectUrl, Instant createdAt, String settledReference) {

    public static final String PENDING = "PENDING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
}
