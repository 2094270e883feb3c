package io.bazaar.orders.shipment.service;

import java.util.List;

/**
 * What staff hand to a carrier: the carrier, the tracking number and which units. No lines means everything still to
 * ship; a line without a quantity means all of that line still to ship.
 */
public record Parcel(String carrier, String trackingNumber, List<Wanted> lines) {

    /** Units of one order line (1-based position); a null quantity is all that is left of it. */
    public record Wanted(int lineNo, Integer quantity) {
    }

    /** Everything still to ship, in one parcel. */
    public static Parcel everything(String carrier, String trackingNumber) {
        return new Parcel(carrier, trackingNumber, List.of());
    }
}
