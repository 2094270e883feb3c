package io.bazaar.orders.payment.service;

import java.util.Map;

import io.smallrye.mutiny.Uni;

/**
 * A payment service provider: it opens a payment the customer completes on its page, and later tells the platform
 * the outcome through a signed webhook, and gives money back on request. Stripe and the sandbox implement it; new payments
 * go to the one named by {@code bazaar.payments.provider}.
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

    /**
     * Gives back (part of) a collected payment. The same {@link RefundOrder#idempotencyKey()} never refunds twice.
     * Providers that cannot refund (test doubles) keep this default, which fails.
     *
     * @throws io.bazaar.platform.problem.ProblemException 502 when the provider refuses or cannot be reached
     */
    default Uni<RefundReceipt> refund(RefundOrder order) {
        return Uni.createFrom().failure(new IllegalStateException("payment provider " + name() + " cannot refund"));
    }
}
