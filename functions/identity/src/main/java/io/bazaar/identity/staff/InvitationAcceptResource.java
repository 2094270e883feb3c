package io.bazaar.identity.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.identity.session.SessionDevice;
import io.bazaar.identity.session.SignedInResponses;
import io.bazaar.platform.web.ClientAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * /api/auth/invitations/accept: the invited person joins the shop's staff and is signed in, as by the login (public:
 * the code and the password are the credentials).
 */
@Path("/api/auth/invitations")
@Tag(name = "Staff and roles")
public class InvitationAcceptResource {

    private final InvitationService invitations;
    private final SignedInResponses signedIn;
    private final ClientAddress clientAddress;

    InvitationAcceptResource(InvitationService invitations, SignedInResponses signedIn, ClientAddress clientAddress) {
        this.invitations = invitations;
        this.signedIn = signedIn;
        this.clientAddress = clientAddress;
    }

    @POST
    @Path("/accept")
    @Operation(summary = "Accept an invitation with its code and the login's password (a new login gets an account)")
    @APIResponse(responseCode = "200", description = "Joined the shop and signed in: tokens with the shop's permissions; the refresh token is also set as "
                    + "an HttpOnly cookie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptedInvitation.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, or the new account's password is refused")
    @APIResponse(responseCode = "401", description = "The password is wrong for the existing account")
    @APIResponse(responseCode = "403", description = "The existing account is disabled")
    @APIResponse(responseCode = "409", description = "The account is already staff (of this or another shop)")
    @APIResponse(responseCode = "422", description = "No such invitation for this login, or it was used, revoked or has expired")
    @APIResponse(responseCode = "429", description = "Too many tries from this address")
    public Uni<Response> accept(@Valid @NotNull(message = "a JSON body is required") AcceptInvitationRequest request,
            @Context HttpServerRequest http) {
        String address = clientAddress.of(http);
        return invitations.accept(request, address, SessionDevice.of(http, address)).map(joined -> signedIn.ok(
                AcceptedInvitation.of(joined, signedIn.tokens(joined.session())), joined.session(), http));
    }
}
