package io.bazaar.orders.shipment.service;

/**
 * What Bazaar did with one event of a carrier's webhook: RECORDED, DUPLICATE (seen before) or UNKNOWN_TRACKING_NUMBER
 * (no parcel of ours; answered so the carrier does not retry, and logged).
 */
public record CarrierEventResult(String id, String outcome) {
}
