package io.bazaar.orders.order.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.type.TypeReference;

import io.bazaar.orders.address.rest.AddressInput;
import io.bazaar.orders.order.service.Order;
import io.bazaar.orders.order.service.OrderDetails;
import io.bazaar.orders.order.service.StatusChange;
import io.bazaar.orders.shipment.rest.ShipmentView;

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
        AddressInput shipTo, String paymentMethod, @Schema(nullable = true, description = "The latest parcel's carrier") String carrier,
        @Schema(nullable = true, description = "The latest parcel's tracking number") String trackingNumber,
        Instant createdAt, @Schema(nullable = true) Instant paidAt, @Schema(nullable = true) Instant shippedAt,
        @Schema(nullable = true) Instant deliveredAt, @Schema(nullable = true) Instant completedAt,
        @Schema(nullable = true) Instant cancelledAt, List<HistoryView> history,
        @Schema(description = "NOT_SHIPPED, PARTIALLY_SHIPPED (some units in parcels, the order still PAID) or SHIPPED "
                + "(nothing left to ship)") String fulfilment,
        @Schema(description = "The order's parcels, oldest first, each with its tracking timeline") List<ShipmentView> shipments) {

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
        Map<Integer, Integer> shipped = new HashMap<>();
        details.shipments().forEach(s -> s.lines().forEach(l -> shipped.merge(l.lineNo(), l.quantity(), Integer::sum)));
        List<OrderLineView> lines = new ArrayList<>();
        for (int i = 0; i < o.lines().size(); i++) {
            lines.add(OrderLineView.of(o.lines().get(i), i + 1, shipped.getOrDefault(i + 1, 0)));
        }
        String fulfilment = details.shipments().isEmpty() ? "NOT_SHIPPED"
                : o.shippedAt() != null ? "SHIPPED" : "PARTIALLY_SHIPPED";
        return new OrderView(o.number(), o.checkoutId(), o.merchantId(), o.status().name(), o.currency(), o.itemsMinor(),
                o.discountMinor(), o.shippingMinor(), o.totalMinor(), o.pointsSpent(), o.pointsValueMinor(),
                o.memberSavingMinor(), lines,
                JsonText.read(o.shipToJson(), SHIP_TO), o.paymentMethod(), o.carrier(), o.trackingNumber(), o.createdAt(),
                o.paidAt(), o.shippedAt(), o.deliveredAt(), o.completedAt(), o.cancelledAt(),
                details.history().stream().map(HistoryView::of).toList(), fulfilment,
                details.shipments().stream().map(ShipmentView::of).toList());
    }
}
