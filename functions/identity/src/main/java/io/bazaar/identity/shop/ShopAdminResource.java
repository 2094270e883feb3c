package io.bazaar.identity.shop;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.identity.account.Login;
import io.bazaar.identity.staff.InvitationView;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/admin/merchants: platform admins open shops and invite their owners. */
@Path("/api/admin/merchants")
@Tag(name = "Shops")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class ShopAdminResource {

    private final ShopService shops;

    ShopAdminResource(ShopService shops) {
        this.shops = shops;
    }

    @GET
    @Operation(summary = "Shops, newest first, with their owners, staff and pending invitations")
    public Uni<Page<ShopSummary>> list(@QueryParam("q") @Size(max = 120, message = "must be at most 120 characters") String q,
            @Valid @BeanParam PageRequest page) {
        return shops.list(q, page);
    }

    @POST
    @Operation(summary = "Open a shop and send its owner an invitation code (email or SMS)")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShopCreated.class)))
    @APIResponse(responseCode = "400", description = "No name, or the owner's login is not an email or phone")
    @APIResponse(responseCode = "429", description = "An invitation was sent to this login a moment ago")
    public Uni<Response> open(@Valid @NotNull(message = "a JSON body is required") NewShop request) {
        Login owner = Login.require(request.ownerLogin(), "ownerLogin");
        return shops.open(request.name(), owner)
                .map(created -> Response.created(URI.create("/api/admin/merchants/" + created.shop().id())).entity(created).build());
    }

    @POST
    @Path("/{id}/owner-invitations")
    @Operation(summary = "Invite an owner of the shop again (or another owner)")
    @APIResponse(responseCode = "201", description = "Invited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "404", description = "There is no such shop")
    public Uni<Response> inviteOwner(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") OwnerInvitationRequest request) {
        Login owner = Login.require(request.login(), "login");
        return shops.inviteOwner(id, owner).map(view -> Response.status(201).entity(view).build());
    }
}
