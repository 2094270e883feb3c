package io.bazaar.orders.shipment.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.shipment.service.ShipmentService;
import io.bazaar.orders.shipment.service.TrackingService;
import io.bazaar.orders.shipment.service.TrackingStatus;
import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** /api/merchant/orders/{number}/shipments: the parcels of one of the merchant's orders and their tracking events. */
@Path("/api/merchant/orders/{number}/shipments")
@Tag(name = "Merchant orders")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class ShipmentResource {

    private final ShipmentService shipments;
    private final TrackingService tracking;
    private final StaffAccess staff;
    private final JsonWebToken token;

    ShipmentResource(ShipmentService shipments, TrackingService tracking, StaffAccess staff, JsonWebToken token) {
        this.shipments = shipments;
        this.tracking = tracking;
        this.staff = staff;
        this.token = token;
    }

    @GET
    @Operation(summary = "The parcels of one of the merchant's orders, with their tracking events")
    public Uni<List<ShipmentView>> list(@PathParam("number") String number) {
        return shipments.ofMerchant(staff.merchantWith(StaffAccess.ORDERS), number)
                .map(list -> list.stream().map(ShipmentView::of).toList());
    }

    @POST
    @Operation(summary = "Ship some lines (or part quantities) of a paid order in one parcel (header Idempotency-Key); "
            + "the parcel that leaves nothing to ship makes the order SHIPPED")
    @APIResponse(responseCode = "201", description = "The shipment (again for a retry with the same key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "409", description = "The order is not paid, or nothing is left to ship, or a request "
            + "with this Idempotency-Key is running")
    @APIResponse(responseCode = "422", description = "A line the order does not have, more units than are left to ship, "
            + "or a reused Idempotency-Key")
    public Uni<Response> ship(@PathParam("number") String number, @HeaderParam(IdempotencyKey.HEADER) String key,
            @Valid @NotNull(message = "a JSON body is required") ShipmentRequest request) {
        UUID merchant = staff.merchantWith(StaffAccess.ORDERS);
        return shipments.shipOnce(merchant, token.getSubject(), number, IdempotencyKey.require(key), request.toParcel())
                .map(IdempotentResult::created);
    }

    @POST
    @Path("/{shipmentId}/events")
    @Operation(summary = "Add a tracking event to a parcel (optional header Idempotency-Key: a retry adds nothing)")
    @APIResponse(responseCode = "201", description = "The parcel with its timeline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "404", description = "No such order of the merchant, or no such parcel of the order")
    public Uni<Response> addEvent(@PathParam("number") String number, @PathParam("shipmentId") UUID shipmentId,
            @HeaderParam(IdempotencyKey.HEADER) String key,
            @Valid @NotNull(message = "a JSON body is required") TrackingEventRequest request) {
        UUID merchant = staff.merchantWith(StaffAccess.ORDERS);
        return tracking.addByStaff(merchant, token.getSubject(), number, shipmentId,
                key == null ? null : IdempotencyKey.require(key), TrackingStatus.valueOf(request.status()),
                request.description(), request.location(), request.occurredAt())
                .map(shipment -> Response.status(201).type(MediaType.APPLICATION_JSON).entity(ShipmentView.of(shipment))
                        .build());
    }
}
