package io.bazaar.orders.checkout.rest;

import java.util.List;
import java.util.UUID;

import io.bazaar.orders.order.rest.OrderLineView;

/** The answer to a checkout (also replayed verbatim to retries with the same Idempotency-Key). */
public record CheckoutResponse(UUID checkoutId, List<OrderBreakdown> orders, String currency, long grandTotalMinor,
        PaymentView payment) {

    /** One merchant's order with its price breakdown. */
    public record OrderBreakdown(String orderNumber, UUID merchantId, List<OrderLineView> lines, long itemsMinor,
            long discountMinor, long shippingMinor, long totalMinor, String currency, String status) {
    }

    /** Where the customer pays. */
    public record PaymentView(UUID paymentId, String provider, String redirectUrl) {
    }
}
