package io.bazaar.orders.shipment.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.shipment.service.Parcel;

/** A parcel staff hand to a carrier: no lines ships everything still to ship. */
public record ShipmentRequest(
        @NotBlank(message = "is required") @Size(max = 60, message = "must be at most 60 characters") String carrier,
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String trackingNumber,
        @Schema(nullable = true, description = "The units in this parcel; omitted or empty: everything still to ship")
        @Size(max = 200, message = "must have at most 200 lines") List<@Valid @NotNull(message = "is required") Line> lines) {

    /** Units of one order line; without a quantity, all of the line still to ship. */
    @Schema(name = "ShipmentRequestLine")
    public record Line(@Min(value = 1, message = "must be at least 1") int lineNo,
            @Schema(nullable = true) @Min(value = 1, message = "must be at least 1") Integer quantity) {
    }

    public Parcel toParcel() {
        return new Parcel(carrier.strip(), trackingNumber.strip(), lines == null ? List.of()
                : lines.stream().map(l -> new Parcel.Wanted(l.lineNo(), l.quantity())).toList());
    }
}
