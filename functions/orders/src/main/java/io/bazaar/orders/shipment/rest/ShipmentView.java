package io.bazaar.orders.shipment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.shipment.service.Shipment;
import io.bazaar.orders.shipment.service.TrackingEvent;

/** One parcel as the shopper and the shop follow it: its units and its tracking timeline, oldest event first. */
public record ShipmentView(UUID shipmentId, String orderNumber, String carrier, String trackingNumber,
        @Schema(description = "SHIPPED until the first event, then the latest event's status by time: IN_TRANSIT, "
                + "OUT_FOR_DELIVERY, DELIVERED or EXCEPTION") String status,
        Instant shippedAt, @Schema(nullable = true) Instant deliveredAt, List<Line> lines, List<Event> events) {

    /** Units of one order line (1-based, as the order's lines are numbered) in this parcel. */
    @Schema(name = "ShipmentLineView")
    public record Line(int lineNo, int quantity) {
    }

    /** One tracking event. */
    @Schema(name = "TrackingEventView")
    public record Event(String status, @Schema(nullable = true) String description,
            @Schema(nullable = true) String location, Instant occurredAt,
            @Schema(description = "CARRIER (its webhook) or SELLER (the shop's staff)") String reportedBy) {

        static Event of(TrackingEvent e) {
            return new Event(e.status().name(), e.description(), e.location(), e.occurredAt(),
                    e.source().startsWith("carrier:") ? "CARRIER" : "SELLER");
        }
    }

    public static ShipmentView of(Shipment s) {
        return new ShipmentView(s.id(), s.orderNumber(), s.carrier(), s.trackingNumber(), s.status(), s.createdAt(),
                s.deliveredAt(), s.lines().stream().map(l -> new Line(l.lineNo(), l.quantity())).toList(),
                s.events().stream().map(Event::of).toList());
    }
}
