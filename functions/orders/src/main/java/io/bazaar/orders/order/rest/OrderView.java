package io.bazaar.orders.order.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.type.TypeReference;

import io.bazaar.orders.address.rest.AddressInput;
import io.bazaar.orders.order.service.Order;
import io.bazaar.orders.order.service.OrderDetails;
import io.bazaar.orders.order.service.StatusChange;

/**
 * One order with everything a customer or the merchant needs to follow it, including what the shopper's benefits
 * took off: points spent and their value (part of {@code discountMinor}) and the member saving (already out of
 * {@code itemsMinor}; each line shows its list price).
 */
public record OrderView(String orderNumber, UUID checkoutId, UUID merchantId, String status, String currency,
        long itemsMinor, @Schema(description = "Coupon and points together") long discountMinor, long shippingMinor,
        long totalMinor, @Schema(description = "Points spent on this order") long pointsSpent,
        @Schema(description = "What the points took off, part of discountMinor") long pointsValueMinor,
        @Schema(description = "What member prices saved against the list prices") long memberSavingMinor,
        List<OrderLineView> lines,
        AddressInput shipTo, String paymentMethod, @Schema(nullable = true) String carrier,
        @Schema(nullable = true) String trackingNumber,
        Instant createdAt, @Schema(nullable = true) Instant paidAt, @Schema(nullable = true) Instant shippedAt,
        @Schema(nullable = true) Instant deliveredAt, @Schema(nullable = true) Instant completedAt,
        @Schema(nullable = true) Instant cancelledAt, List<HistoryView> history) {

    private static final TypeReference<AddressInput> SHIP_TO = new TypeReference<>() { };

    /** One status change. */
    public record HistoryView(@Schema(nullable = true) String from, String to, Instant at, String by,
            @Schema(nullable = true) String note) {

        static HistoryView of(StatusChange c) {
            return new HistoryView(c.from() == null ? null : c.from().name(), c.to().name(), c.at(), c.by(), c.note());
        }
    }

    public static OrderView of(OrderDetails details) {
        Order o = details.order();
        return new OrderView(o.number(), o.checkoutId(), o.merchantId(), o.status().name(), o.currency(), o.itemsMinor(),
                o.discountMinor(), o.shippingMinor(), o.totalMinor(), o.pointsSpent(), o.pointsValueMinor(),
                o.memberSavingMinor(), o.lines().stream().map(OrderLineView::of).toList(),
                JsonText.read(o.shipToJson(), SHIP_TO), o.paymentMethod(), o.carrier(), o.trackingNumber(), o.createdAt(),
                o.paidAt(), o.shippedAt(), o.deliveredAt(), o.completedAt(), o.cancelledAt(),
                details.history().stream().map(HistoryView::of).toList());
    }
}
