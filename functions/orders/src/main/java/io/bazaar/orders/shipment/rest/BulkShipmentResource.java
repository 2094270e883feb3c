package io.bazaar.orders.shipment.rest;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.shipment.service.BulkShipments;
import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** /api/merchant/orders/shipments/bulk: ship many orders from one CSV, with an answer for every row. */
@Path("/api/merchant/orders/shipments/bulk")
@Tag(name = "Merchant orders")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class BulkShipmentResource {

    private static final String CSV = "text/csv";

    private final BulkShipments bulk;
    private final StaffAccess staff;
    private final JsonWebToken token;

    BulkShipmentResource(BulkShipments bulk, StaffAccess staff, JsonWebToken token) {
        this.bulk = bulk;
        this.staff = staff;
        this.token = token;
    }

    /** Any body type is routed here so that a request without a token is a 401 first; a non-CSV body is then a 415. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Ship orders from a CSV: order_number,carrier,tracking_number[,lines] (lines: 1;3 or 1:2;3), "
            + "an optional header row, header Idempotency-Key; each row on its own")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi
            .annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "One result per row (replayed for a retry with the same key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkShipmentView.class)))
    @APIResponse(responseCode = "400", description = "The CSV is unreadable or has no rows, or the key is missing")
    @APIResponse(responseCode = "413", description = "The CSV has too many bytes or rows")
    @APIResponse(responseCode = "415", description = "The body is not text/csv")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another file")
    public Uni<Response> ship(@HeaderParam(IdempotencyKey.HEADER) String key,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String csv) {
        var merchant = staff.merchantWith(StaffAccess.ORDERS);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(CSV)) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "Send the file as text/csv.");
        }
        String idempotencyKey = IdempotencyKey.require(key);
        return bulk.ship(merchant, token.getSubject(), idempotencyKey, csv == null ? "" : csv)
                .map(result -> Response.ok(result.json(), MediaType.APPLICATION_JSON)
                        .header(IdempotencyKey.REPLAYED_HEADER, Boolean.toString(result.replayed())).build());
    }
}
