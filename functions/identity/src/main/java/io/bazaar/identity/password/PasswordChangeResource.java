package io.bazaar.identity.password;

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

import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.web.ClientAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** POST /api/me/password: change the password while signed in. */
@Path("/api/me/password")
@Tag(name = "Security")
@RolesAllowed(Roles.CUSTOMER)
public class PasswordChangeResource {

    private final PasswordChangeService changes;
    private final CurrentAccount current;
    private final ClientAddress clientAddress;

    PasswordChangeResource(PasswordChangeService changes, CurrentAccount current, ClientAddress clientAddress) {
        this.changes = changes;
        this.current = current;
        this.clientAddress = clientAddress;
    }

    @POST
    @Operation(summary = "Change the password (the current one is required); every other session ends at once")
    @APIResponse(responseCode = "204", description = "Changed; this session goes on, the others are signed out")
    @APIResponse(responseCode = "422", description = "The current password is wrong")
    @APIResponse(responseCode = "429", description = "Too many wrong passwords for this account, or checks from this "
            + "address, in the window (password-check-throttled, with Retry-After)")
    public Uni<Response> change(@Valid @NotNull(message = "a JSON body is required") PasswordChange change,
            @Context HttpServerRequest http) {
        return changes.change(current.id(), current.sessionId(), change, clientAddress.of(http))
                .map(done -> Response.noContent().build());
    }
}
