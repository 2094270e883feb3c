package io.bazaar.identity.staff;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.bazaar.platform.security.StaffPermission;
import io.smallrye.mutiny.Uni;

/** /api/merchant/roles: the built-in roles and the shop's own (permission staff). */
@Path("/api/merchant/roles")
@Tag(name = "Staff and roles")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class RoleResource {

    private final RoleService roles;
    private final StaffAccess access;

    RoleResource(RoleService roles, StaffAccess access) {
        this.roles = roles;
        this.access = access;
    }

    @GET
    @Operation(summary = "Built-in roles, then the shop's own, with how many members hold each")
    public Uni<List<RoleView>> list() {
        return roles.list(access.merchantWith(StaffPermission.STAFF));
    }

    @POST
    @Operation(summary = "Create a role of the shop's own")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleView.class)))
    @APIResponse(responseCode = "400", description = "No name, no permissions or an unknown permission")
    @APIResponse(responseCode = "409", description = "The shop already has a role with this name")
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") RoleRequest request) {
        return roles.create(access.merchantWith(StaffPermission.STAFF), request)
                .map(role -> Response.created(URI.create("/api/merchant/roles/" + role.id())).entity(role).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Rename a role of the shop's own or change its permissions; its members' sessions end")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleView.class)))
    @APIResponse(responseCode = "400", description = "No name, no permissions or an unknown permission")
    @APIResponse(responseCode = "404", description = "The shop has no such role")
    @APIResponse(responseCode = "409", description = "The shop already has a role with this name")
    @APIResponse(responseCode = "422", description = "Built-in roles do not change")
    public Uni<RoleView> update(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") RoleRequest request) {
        return roles.update(access.merchantWith(StaffPermission.STAFF), id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a role of the shop's own that nobody holds")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "The shop has no such role")
    @APIResponse(responseCode = "409", description = "Members or pending invitations hold the role")
    @APIResponse(responseCode = "422", description = "Built-in roles are never deleted")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return roles.delete(access.merchantWith(StaffPermission.STAFF), id);
    }
}
