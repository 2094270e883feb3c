package io.bazaar.orders.order.service;

import java.time.Instant;
import java.util.UUID;

/** An order as the merchant's list and export read it: money (refunds too), dates, shipping and who bought it. */
public record MerchantOrder(String number, UUID accountId, OrderStatus status, String currency, long itemsMinor,
        long discountMinor, long shippingMinor, long totalMinor, long refundedMinor, String shipToJson, String carrier,
        String trackingNumber, Instant createdAt, Instant paidAt, Instant shippedAt) {

    public PaymentState paymentState() {
        return PaymentState.of(paidAt != null, totalMinor, refundedMinor);
    }
}
