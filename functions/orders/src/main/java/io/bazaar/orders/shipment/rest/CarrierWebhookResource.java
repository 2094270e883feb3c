package io.bazaar.orders.shipment.rest;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.shipment.service.CarrierEventResult;
import io.bazaar.orders.shipment.service.CarrierSignature;
import io.bazaar.orders.shipment.service.TrackingService;
import io.smallrye.mutiny.Uni;

/** /api/shipping/webhook/{carrier}: where carriers report tracking events; trusted only by their signature. */
@Path("/api/shipping/webhook/{carrier}")
@Tag(name = "Shipping")
public class CarrierWebhookResource {

    /** The answer: what became of each event. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CarrierWebhookAnswer")
    public record Received(List<CarrierEventResult> events) {
    }

    private final TrackingService tracking;

    CarrierWebhookResource(TrackingService tracking) {
        this.tracking = tracking;
    }

    /** The raw body as a String: the signature covers the exact bytes sent. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A carrier's signed tracking events ({\"events\": [{id, trackingNumber, status, description, "
            + "location, occurredAt}]}, header Carrier-Signature: sha256=<hex HMAC-SHA256 of the body>)")
    @APIResponse(responseCode = "200", description = "Every event was taken: RECORDED, DUPLICATE or UNKNOWN_TRACKING_NUMBER")
    @APIResponse(responseCode = "400", description = "The body is not a list of well-formed events")
    @APIResponse(responseCode = "401", description = "The signature is missing or wrong")
    @APIResponse(responseCode = "404", description = "Bazaar takes no webhook from this carrier")
    public Uni<Received> receive(@PathParam("carrier") String carrier,
            @HeaderParam(CarrierSignature.HEADER) String signature, String body) {
        return tracking.fromCarrier(carrier, signature, body == null ? "" : body).map(Received::new);
    }
}
