package io.bazaar.identity.password;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.identity.code.CodeRequest;
import io.smallrye.mutiny.Uni;

/** /api/auth/password-reset and /password-reset/confirm. */
@Path("/api/auth/password-reset")
@Tag(name = "Password reset")
public class PasswordResetResource {

    private final PasswordResetService resets;

    PasswordResetResource(PasswordResetService resets) {
        this.resets = resets;
    }

    @POST
    @Operation(summary = "Send a password reset code (rate-limited); the answer does not say whether the login exists")
    @APIResponse(responseCode = "202", description = "A code is on its way if the login has an account")
    @APIResponse(responseCode = "429", description = "A code was sent too recently")
    public Uni<Response> request(@Valid @NotNull(message = "a JSON body is required") CodeRequest request) {
        return resets.requestCode(request.login()).map(done -> Response.accepted().build());
    }

    @POST
    @Path("/confirm")
    @Operation(summary = "Set a new password with the reset code; every existing session ends")
    @APIResponse(responseCode = "204", description = "The password is changed")
    @APIResponse(responseCode = "422", description = "The code is wrong, used up or missing")
    public Uni<Response> confirm(@Valid @NotNull(message = "a JSON body is required") ResetRequest request) {
        return resets.reset(request).map(done -> Response.noContent().build());
    }
}
