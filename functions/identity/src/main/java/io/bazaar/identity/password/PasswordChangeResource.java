package io.bazaar.identity.password;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** POST /api/me/password: change the password while signed in. */
@Path("/api/me/password")
@Tag(name = "Security")
@RolesAllowed(Roles.CUSTOMER)
public class PasswordChangeResource {

    private final PasswordChangeService changes;
    private final CurrentAccount current;

    PasswordChangeResource(PasswordChangeService changes, CurrentAccount current) {
        this.changes = changes;
        this.current = current;
    }

    @POST
    @Operation(summary = "Change the password (the current one is required); every other session ends at once")
    @APIResponse(responseCode = "204", description = "Changed; this session goes on, the others are signed out")
    @APIResponse(responseCode = "422", description = "The current password is wrong")
    public Uni<Response> change(@Valid @NotNull(message = "a JSON body is required") PasswordChange change) {
        return changes.change(current.id(), current.sessionId(), change).map(done -> Response.noContent().build());
    }
}
