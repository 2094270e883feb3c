package io.bazaar.orders.returns.rest;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.returns.service.ReturnService;
import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/orders/{number}/returns: what the shopper may return of one of their orders, and the request itself. */
@Path("/api/orders/{number}/returns")
@Tag(name = "Returns")
@RolesAllowed(Roles.CUSTOMER)
public class OrderReturnResource {

    private final ReturnService returns;
    private final CurrentAccount current;

    OrderReturnResource(ReturnService returns, CurrentAccount current) {
        this.returns = returns;
        this.current = current;
    }

    @GET
    @Operation(summary = "What may still be returned of one of my orders, until when, and its returns so far")
    public Uni<ReturnOptionsView> options(@PathParam("number") String number) {
        return returns.options(current.id(), number).map(ReturnOptionsView::of);
    }

    @POST
    @Operation(summary = "Ask for a return (goods back, then the refund) or a refund only on lines of a delivered order "
            + "(header Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "The new return, REQUESTED (the same body again for a retry with the same key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReturnView.class)))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is running")
    @APIResponse(responseCode = "422",
            description = "The order is not delivered, its return window has closed, an unknown line, more units "
                    + "than bought minus those refunded or in other returns, or a reused Idempotency-Key")
    public Uni<Response> request(@PathParam("number") String number,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") NewReturnRequest request) {
        return returns.request(current.id(), number, IdempotencyKey.require(idempotencyKey), request)
                .map(IdempotentResult::created);
    }
}
