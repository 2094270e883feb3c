package io.bazaar.identity.staff;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.bazaar.platform.security.StaffPermission;
import io.smallrye.mutiny.Uni;

/** /api/merchant/me and /api/merchant/staff: the signed-in member's shop, and the shop's staff (permission staff). */
@Path("/api/merchant")
@Tag(name = "Staff and roles")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class MerchantStaffResource {

    private final StaffService staffService;
    private final StaffAccess access;
    private final CurrentAccount current;

    MerchantStaffResource(StaffService staffService, StaffAccess access, CurrentAccount current) {
        this.staffService = staffService;
        this.access = access;
        this.current = current;
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in staff member's shop, roles and permissions (the console shows what they allow)")
    public Uni<MerchantMe> me() {
        return staffService.me(access.merchant(), current.id());
    }

    @GET
    @Path("/staff")
    @Operation(summary = "The shop's staff with their roles, oldest member first")
    public Uni<List<StaffMemberView>> list() {
        return staffService.list(access.merchantWith(StaffPermission.STAFF));
    }

    @PUT
    @Path("/staff/{accountId}/roles")
    @Operation(summary = "Give a member exactly these roles; their sessions end, so their next token carries them")
    @APIResponse(responseCode = "200", description = "The member with the new roles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffMemberView.class)))
    @APIResponse(responseCode = "400", description = "No roles, or a role the shop does not have")
    @APIResponse(responseCode = "403", description = "Only an owner may give or take the owner role")
    @APIResponse(responseCode = "404", description = "The shop has no such member")
    @APIResponse(responseCode = "422", description = "The shop's last owner keeps the owner role")
    public Uni<StaffMemberView> changeRoles(@PathParam("accountId") UUID accountId,
            @Valid @NotNull(message = "a JSON body is required") StaffRolesRequest request) {
        return staffService.changeRoles(access.merchantWith(StaffPermission.STAFF), current.id(), accountId, request);
    }

    @DELETE
    @Path("/staff/{accountId}")
    @Operation(summary = "Remove a member (never an owner); their sessions end at once")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The shop has no such member")
    @APIResponse(responseCode = "422", description = "Owners cannot be removed")
    public Uni<Void> remove(@PathParam("accountId") UUID accountId) {
        return staffService.remove(access.merchantWith(StaffPermission.STAFF), current.id(), accountId);
    }
}
