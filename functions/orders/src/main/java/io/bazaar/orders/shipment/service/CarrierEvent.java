package io.bazaar.orders.shipment.service;

import java.time.Instant;

/** One event in a carrier's webhook body, as the carrier sends it. */
public record CarrierEvent(String id, String trackingNumber, String status, String description, String location,
        Instant occurredAt) {
}
