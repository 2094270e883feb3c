package io.bazaar.orders.refund.rest;

import java.util.List;

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

import io.bazaar.orders.refund.service.RefundService;
import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/admin/orders/{number}/refunds: the platform admin refunds any merchant's paid order. */
@Path("/api/admin/orders/{number}/refunds")
@Tag(name = "Refunds")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AdminRefundResource {

    private final RefundService refunds;
    private final JsonWebToken token;

    AdminRefundResource(RefundService refunds, JsonWebToken token) {
        this.refunds = refunds;
        this.token = token;
    }

    @POST
    @Operation(summary = "Refund a paid order wholly, some of its lines, or an amount (header Idempotency-Key)")
    @APIResponse(responseCode = "201",
            description = "The refund (again for a retry with the same key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "409",
            description = "The order is not paid or is wholly refunded, or a request with this "
                    + "Idempotency-Key is running")
    @APIResponse(responseCode = "422",
            description = "An unknown line, more than is left to refund, nothing to refund, or a reused "
                    + "Idempotency-Key")
    @APIResponse(responseCode = "502", description = "The payment provider did not make the refund")
    public Uni<Response> refund(@PathParam("number") String number, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") RefundRequest request) {
        return refunds.refund(null, "platform-admin:" + token.getSubject(), number, IdempotencyKey.require(idempotencyKey),
                request).map(IdempotentResult::created);
    }

    @GET
    @Operation(summary = "The refunds of an order")
    public Uni<List<RefundView>> list(@PathParam("number") String number) {
        return refunds.ofOrder(null, number).map(list -> list.stream().map(RefundView::of).toList());
    }
}
