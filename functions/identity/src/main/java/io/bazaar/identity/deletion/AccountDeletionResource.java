package io.bazaar.identity.deletion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.identity.session.SignedInResponses;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.web.ClientAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * POST /api/me/deletion: delete the signed-in account. A POST with the password in the body rather than a DELETE,
 * since bodies of DELETE requests are dropped by some proxies and clients.
 */
@Path("/api/me/deletion")
@Tag(name = "Security")
@RolesAllowed(Roles.CUSTOMER)
public class AccountDeletionResource {

    private final AccountDeletionService deletion;
    private final SignedInResponses signedIn;
    private final CurrentAccount current;
    private final ClientAddress clientAddress;

    AccountDeletionResource(AccountDeletionService deletion, SignedInResponses signedIn, CurrentAccount current,
            ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
        this.deletion = deletion;
        this.signedIn = signedIn;
        this.current = current;
    }

    @POST
    @Operation(summary = "Delete the account (password required): personal data erased, orders kept anonymised, every session ended")
    @APIResponse(responseCode = "204", description = "Deleted; the session cookies are cleared")
    @APIResponse(responseCode = "409", description = "Merchant staff and platform admins cannot delete their account themselves")
    @APIResponse(responseCode = "422", description = "The password is wrong")
    @APIResponse(responseCode = "429", description = "Too many wrong passwords for this account, or checks from this "
            + "address, in the window (password-check-throttled, with Retry-After)")
    public Uni<Response> delete(@Valid @NotNull(message = "a JSON body is required") DeletionRequest request,
            @Context HttpServerRequest http) {
        return deletion.delete(current.id(), request, clientAddress.of(http)).map(done -> signedIn.signedOut(http));
    }
}
