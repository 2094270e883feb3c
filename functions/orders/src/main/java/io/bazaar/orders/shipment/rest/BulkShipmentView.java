package io.bazaar.orders.shipment.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a bulk-shipping CSV: one result per data row, in file order, and the counts. */
public record BulkShipmentView(int shipped, int failed, List<Row> rows) {

    /** What became of one row: shipped (with the shipment and the order's status) or the problem that stopped it. */
    @Schema(name = "BulkShipmentRowView")
    public record Row(@Schema(description = "The row's line in the file (1-based, the header is line 1 when there is one)")
            int row, @Schema(nullable = true) String orderNumber, boolean ok,
            @Schema(nullable = true) UUID shipmentId,
            @Schema(nullable = true, description = "PAID while lines are left to ship, SHIPPED when none") String orderStatus,
            @Schema(nullable = true, description = "The problem type URI, as a problem+json answer would carry it") String type,
            @Schema(nullable = true) Integer status, @Schema(nullable = true) String message) {
    }
}
