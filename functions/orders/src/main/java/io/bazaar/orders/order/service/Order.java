package io.bazaar.orders.order.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One merchant's part of a checkout, with its price breakdown, state and key dates. */
public record Order(String number, UUID checkoutId, UUID accountId, UUID merchantId, OrderStatus status, String currency,
        long itemsMinor, long discountMinor, long shippingMinor, long totalMinor, String shipToJson, String paymentMethod,
        String carrier, String trackingNumber, Instant createdAt, Instant paidAt, Instant shippedAt, Instant deliveredAt,
        Instant completedAt, Instant cancelledAt, List<OrderLine> lines) {

    public Order withLines(List<OrderLine> lines) {
        return new Order(number, checkoutId, accountId, merchantId, status, currency, itemsMinor, discountMinor,
                shippingMinor, totalMinor, shipToJson, paymentMethod, carrier, trackingNumber, createdAt, paidAt, shippedAt,
                deliveredAt, completedAt, cancelledAt, lines);
    }
}
