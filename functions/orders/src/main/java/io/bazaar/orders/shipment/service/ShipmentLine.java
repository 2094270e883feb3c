package io.bazaar.orders.shipment.service;

/** Units of one order line (its 1-based position, as refunds and returns number lines) inside a parcel. */
public record ShipmentLine(int lineNo, int quantity) {
}
