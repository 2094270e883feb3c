package io.bazaar.orders.shipment.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One parcel of an order: who carries it under which tracking number, the units of the order's lines inside, and its
 * tracking events oldest first by when they happened (not by when they arrived).
 */
public record Shipment(UUID id, String orderNumber, UUID merchantId, String carrier, String trackingNumber,
        Instant createdAt, String createdBy, List<ShipmentLine> lines, List<TrackingEvent> events) {

    /** The latest event's status by time; SHIPPED while the carrier has said nothing yet. */
    public String status() {
        return events.isEmpty() ? "SHIPPED" : events.get(events.size() - 1).status().name();
    }

    /** When the carrier (or staff) first reported it delivered; null before. */
    public Instant deliveredAt() {
        return events.stream().filter(e -> e.status() == TrackingStatus.DELIVERED).map(TrackingEvent::occurredAt)
                .findFirst().orElse(null);
    }

    public Shipment withDetails(List<ShipmentLine> lines, List<TrackingEvent> events) {
        return new Shipment(id, orderNumber, merchantId, carrier, trackingNumber, createdAt, createdBy, lines, events);
    }
}
