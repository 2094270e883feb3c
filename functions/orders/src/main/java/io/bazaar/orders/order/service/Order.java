package io.bazaar.orders.order.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One merchant's part of a checkout, with its price breakdown, state and key dates.
 *
 * @param discountMinor coupon and points together
 * @param pointsSpent points spent on this order at checkout
 * @param pointsValueMinor what those points took off (part of {@code discountMinor})
 * @param memberSavingMinor what member prices saved against the list prices (already out of {@code itemsMinor})
 */
public record Order(String number, UUID checkoutId, UUID accountId, UUID merchantId, OrderStatus status, String currency,
        long itemsMinor, long discountMinor, long shippingMinor, long totalMinor, long pointsSpent, long pointsValueMinor,
        long memberSavingMinor, String shipToJson, String paymentMethod,
        String carrier, String trackingNumber, Instant createdAt, Instant paidAt, Instant shippedAt, Instant deliveredAt,
        Instant completedAt, Instant cancelledAt, List<OrderLine> lines) {

    public Order withLines(List<OrderLine> lines) {
        return new Order(number, checkoutId, accountId, merchantId, status, currency, itemsMinor, discountMinor,
                shippingMinor, totalMinor, pointsSpent, pointsValueMinor, memberSavingMinor, shipToJson, paymentMethod, carrier, trackingNumber, createdAt, paidAt, shippedAt,
                deliveredAt, completedAt, cancelledAt, lines);
    }
}
