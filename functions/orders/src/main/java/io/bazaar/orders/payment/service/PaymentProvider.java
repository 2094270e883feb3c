package io.bazaar.orders.payment.service;

import java.util.Map;

import io.smallrye.mutiny.Uni;

/**
 * A payment service provider: it opens a payment the customer completes on its page, and later tells the platform
 * the outcome through a signed webhook. The sandbox is one implementation; Stripe would be another, picked by
 * {@code bazaar.payments.provider}.
 */
public interface PaymentProvider {

    /** The name in config and in the webhook path /api/payments/webhook/{name}. */
    String name();

    /** Whether customers may choose this payment method (as sent at checkout) with this provider. */
    boolean supportsMethod(String paymentMethod);

    /** Opens the payment at the provider; completes with where to send the customer. */
    Uni<PaymentSession> createPayment(PaymentRequest request);

    /**
     * Checks a webhook's signature and freshness and reads it.
     *
     * @param headers the request headers, names in lower case
     * @throws io.bazaar.platform.problem.ProblemException 400/401 for an unsigned, forged or stale webhook
     */
    PaymentEvent verifyWebhook(Map<String, String> headers, String body);
}
