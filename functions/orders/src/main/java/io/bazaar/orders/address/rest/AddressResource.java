package io.bazaar.orders.address.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.bazaar.orders.address.service.AddressService;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/addresses: the signed-in customer's address book. */
@Path("/api/me/addresses")
@Tag(name = "Addresses")
@RolesAllowed(Roles.CUSTOMER)
public class AddressResource {

    private final AddressService addresses;
    private final CurrentAccount current;

    AddressResource(AddressService addresses, CurrentAccount current) {
        this.addresses = addresses;
        this.current = current;
    }

    @GET
    @Operation(summary = "The saved addresses, oldest first")
    public Uni<List<AddressView>> list() {
        return addresses.list(current.id()).map(list -> list.stream().map(AddressView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One saved address")
    public Uni<AddressView> get(@PathParam("id") UUID id) {
        return addresses.get(current.id(), id).map(AddressView::of);
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Save a new address")
    @APIResponse(responseCode = "201",
            description = "The saved address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AddressView.class)))
    @APIResponse(responseCode = "422", description = "The address book is full")
    public Uni<AddressView> create(@Valid @NotNull(message = "a JSON body is required") AddressInput input) {
        return addresses.create(current.id(), input).map(AddressView::of);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a saved address")
    public Uni<AddressView> update(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") AddressInput input) {
        return addresses.update(current.id(), id, input).map(AddressView::of);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @Operation(summary = "Delete a saved address")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return addresses.delete(current.id(), id);
    }
}
