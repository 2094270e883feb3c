package io.bazaar.orders.order.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.bazaar.orders.order.service.Order;
import io.bazaar.orders.order.service.OrderDetails;
import io.bazaar.orders.order.service.StatusChange;

/** One order with everything a customer or the merchant needs to follow it. */
public record OrderView(String orderNumber, UUID checkoutId, UUID merchantId, String status, String currency,
        long itemsMinor, long discountMinor, long shippingMinor, long totalMinor, List<OrderLineView> lines,
        JsonNode shipTo, String paymentMethod, String carrier, String trackingNumber, Instant createdAt,
        Instant paidAt, Instant shippedAt, Instant deliveredAt, Instant completedAt, Instant cancelledAt,
        List<HistoryView> history) {

    /** One status change. */
    public record HistoryView(String from, String to, Instant at, String by, String note) {

        static HistoryView of(StatusChange c) {
            return new HistoryView(c.from() == null ? null : c.from().name(), c.to().name(), c.at(), c.by(), c.note());
        }
    }

    public static OrderView of(OrderDetails details) {
        Order o = details.order();
        return new OrderView(o.number(), o.checkoutId(), o.merchantId(), o.status().name(), o.currency(), o.itemsMinor(),
                o.discountMinor(), o.shippingMinor(), o.totalMinor(), o.lines().stream().map(OrderLineView::of).toList(),
                JsonText.parse(o.shipToJson()), o.paymentMethod(), o.carrier(), o.trackingNumber(), o.createdAt(), o.paidAt(),
                o.shippedAt(), o.deliveredAt(), o.completedAt(), o.cancelledAt(),
                details.history().stream().map(HistoryView::of).toList());
    }
}
