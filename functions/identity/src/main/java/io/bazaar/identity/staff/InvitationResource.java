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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

/** /api/merchant/invitations: staff managers invite people to the shop's staff (permission staff). */
@Path("/api/merchant/invitations")
@Tag(name = "Staff and roles")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class InvitationResource {

    private final InvitationService invitations;
    private final StaffAccess access;
    private final CurrentAccount current;

    InvitationResource(InvitationService invitations, StaffAccess access, CurrentAccount current) {
        this.invitations = invitations;
        this.access = access;
        this.current = current;
    }

    @GET
    @Operation(summary = "The shop's invitations, newest first, with their state (pending, accepted, revoked, expired)")
    public Uni<List<InvitationView>> list() {
        return invitations.ofMerchant(access.merchantWith(StaffPermission.STAFF));
    }

    @POST
    @Operation(summary = "Invite a person by email or phone with roles; the code goes to them like an activation code")
    @APIResponse(responseCode = "201", description = "Invited (a pending invitation to the same login is replaced)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "400", description = "Not an email or phone, no roles, or a role the shop does not have")
    @APIResponse(responseCode = "403", description = "No staff permission, or the owner role given by a non-owner")
    @APIResponse(responseCode = "409", description = "The login is already on the shop's staff")
    @APIResponse(responseCode = "429", description = "An invitation was sent to this login a moment ago")
    public Uni<Response> invite(@Valid @NotNull(message = "a JSON body is required") InvitationRequest request) {
        return invitations.invite(access.merchantWith(StaffPermission.STAFF), current.id(), request)
                .map(view -> Response.created(URI.create("/api/merchant/invitations/" + view.id())).entity(view).build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a pending invitation; its code stops working")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "The shop has no such invitation")
    @APIResponse(responseCode = "409", description = "The invitation is no longer pending")
    public Uni<Void> revoke(@PathParam("id") UUID id) {
        return invitations.revoke(access.merchantWith(StaffPermission.STAFF), id);
    }
}
