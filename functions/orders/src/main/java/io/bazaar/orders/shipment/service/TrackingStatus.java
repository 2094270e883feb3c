package io.bazaar.orders.shipment.service;

/** What a tracking event says about a parcel; a parcel without events is simply shipped. */
public enum TrackingStatus {
    IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION
}
