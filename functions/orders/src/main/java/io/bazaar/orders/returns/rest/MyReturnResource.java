package io.bazaar.orders.returns.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.bazaar.orders.returns.service.ReturnPhotoTicket;
import io.bazaar.orders.returns.service.ReturnPhotos;
import io.bazaar.orders.returns.service.ReturnService;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/returns: the signed-in shopper's returns, to follow them, withdraw a request and send goods back. */
@Path("/api/me/returns")
@Tag(name = "Returns")
@RolesAllowed(Roles.CUSTOMER)
public class MyReturnResource {

    private final ReturnService returns;
    private final ReturnPhotos photos;
    private final CurrentAccount current;

    MyReturnResource(ReturnService returns, ReturnPhotos photos, CurrentAccount current) {
        this.returns = returns;
        this.photos = photos;
        this.current = current;
    }

    @GET
    @Operation(summary = "My returns, newest first, optionally in one status")
    public Uni<Page<ReturnSummaryView>> list(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        return returns.pageOfCustomer(current.id(), ReturnService.status("status", status), page)
                .map(p -> p.map(ReturnSummaryView::of));
    }

    @POST
    @Path("/photos")
    @ResponseStatus(201)
    @Operation(summary = "Get a presigned URL to upload one photo for a return request (PUT the bytes, then name its id)")
    @APIResponse(responseCode = "201", description = "Where and how to upload the photo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReturnPhotoTicket.class)))
    @APIResponse(responseCode = "429", description = "Too many uploads not attached to a return yet")
    public Uni<ReturnPhotoTicket> uploadPhoto(@Valid @NotNull(message = "a JSON body is required") PhotoUploadRequest request) {
        return photos.start(current.id(), request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my returns with its lines and timeline")
    public Uni<ReturnView> get(@PathParam("id") UUID id) {
        return returns.ofCustomer(current.id(), id).map(ReturnView::of);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Withdraw a request the merchant has not answered yet")
    @APIResponse(responseCode = "200", description = "The cancelled return")
    @APIResponse(responseCode = "409", description = "Only requested returns can be cancelled")
    public Uni<ReturnView> cancel(@PathParam("id") UUID id) {
        return returns.cancel(current.id(), id).map(ReturnView::of);
    }

    @POST
    @Path("/{id}/ship-back")
    @Operation(summary = "Say how the goods of an approved return were sent back")
    @APIResponse(responseCode = "200", description = "The return, SHIPPED_BACK")
    @APIResponse(responseCode = "409", description = "Only approved returns of goods can be shipped back")
    public Uni<ReturnView> shipBack(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ShipBackRequest request) {
        return returns.shipBack(current.id(), id, request.carrier().strip(), request.trackingNumber().strip())
                .map(ReturnView::of);
    }
}
