package io.bazaar.orders.shipment.service;

import java.time.Instant;

/**
 * One scan or report on a parcel.
 *
 * @param source   who reported it: {@code carrier:<name>} or {@code merchant-staff:<id>}
 * @param eventKey the carrier's event id, or the staff request's Idempotency-Key: recorded once per parcel; may be null
 */
public record TrackingEvent(TrackingStatus status, String description, String location, Instant occurredAt,
        String source, String eventKey) {
}
