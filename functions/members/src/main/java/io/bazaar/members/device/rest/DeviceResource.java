package io.bazaar.members.device.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.bazaar.members.device.service.DeviceService;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/devices: the shopper's phones that receive push notifications. */
@Path("/api/me/devices")
@Tag(name = "Devices")
@RolesAllowed(Roles.CUSTOMER)
public class DeviceResource {

    private final DeviceService devices;
    private final CurrentAccount current;

    DeviceResource(DeviceService devices, CurrentAccount current) {
        this.devices = devices;
        this.current = current;
    }

    @GET
    @Operation(summary = "The registered devices, oldest first")
    public Uni<List<DeviceView>> list() {
        return devices.list(current.id()).map(list -> list.stream().map(DeviceView::of).toList());
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Register a device token for pushes (the same token again: the same device)")
    @APIResponse(responseCode = "201", description = "The registered device",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "422", description = "Too many devices")
    public Uni<DeviceView> register(@Valid @NotNull(message = "a JSON body is required") DeviceRequest request) {
        return devices.register(current.id(), request.platform(), request.token()).map(DeviceView::of);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @Operation(summary = "Stop pushing to a device")
    public Uni<Void> remove(@PathParam("id") UUID id) {
        return devices.remove(current.id(), id);
    }
}
