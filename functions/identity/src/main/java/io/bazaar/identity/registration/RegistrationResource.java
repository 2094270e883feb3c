package io.bazaar.identity.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.identity.code.CodeRequest;
import io.smallrye.mutiny.Uni;

/** /api/auth/register, /activate, /activation-code. */
@Path("/api/auth")
@Tag(name = "Registration")
public class RegistrationResource {

    private final RegistrationService registration;

    RegistrationResource(RegistrationService registration) {
        this.registration = registration;
    }

    @POST
    @Path("/register")
    @Operation(summary = "Create an account with email or phone; an activation code is sent to it")
    @APIResponse(responseCode = "201",
            description = "The account, waiting for activation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Registered.class)))
    @APIResponse(responseCode = "409", description = "An account with this login already exists")
    public Uni<Response> register(@Valid @NotNull(message = "a JSON body is required") RegisterRequest request) {
        return registration.register(request).map(registered -> Response.status(Response.Status.CREATED).entity(registered).build());
    }

    @POST
    @Path("/activate")
    @Operation(summary = "Activate an account with the code sent to it")
    @APIResponse(responseCode = "204", description = "Activated")
    @APIResponse(responseCode = "409", description = "The account is already activated")
    @APIResponse(responseCode = "422", description = "The code is wrong, used up or missing")
    public Uni<Response> activate(@Valid @NotNull(message = "a JSON body is required") ActivateRequest request) {
        return registration.activate(request).map(done -> Response.noContent().build());
    }

    @POST
    @Path("/activation-code")
    @Operation(summary = "Send a new activation code (rate-limited); the answer does not say whether the login exists")
    @APIResponse(responseCode = "202", description = "A code is on its way if the login has an account waiting for one")
    @APIResponse(responseCode = "429", description = "A code was sent too recently")
    public Uni<Response> resend(@Valid @NotNull(message = "a JSON body is required") CodeRequest request) {
        return registration.resendActivation(request).map(done -> Response.accepted().build());
    }
}
