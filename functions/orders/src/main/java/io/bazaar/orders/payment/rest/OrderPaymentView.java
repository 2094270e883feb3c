package io.bazaar.orders.payment.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.payment.service.Payment;

/**
 * The payment an order belongs to, so a shopper can pay an unpaid order from any device. One payment covers every
 * order of its checkout, so the amount may be more than this order's total.
 *
 * @param payUrl where to pay; only while the payment is pending and the order still awaits it
 */
public record OrderPaymentView(UUID paymentId, String provider, String status, long amountMinor, String currency,
        @Schema(nullable = true) String payUrl) {

    public static OrderPaymentView of(Payment p, boolean orderAwaitsPayment) {
        boolean payable = orderAwaitsPayment && Payment.PENDING.equals(p.status());
        return new OrderPaymentView(p.id(), p.provider(), p.status(), p.amountMinor(), p.currency(),
                payable ? p.redirectUrl() : null);
    }
}
