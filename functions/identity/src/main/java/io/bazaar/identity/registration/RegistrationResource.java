package io.bazaar.identity.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public Uni<Response> register(@Valid @NotNull(message = "a JSON body is required") RegisterRequest request) {
        return registration.register(request).map(registered -> Response.status(Response.Status.CREATED).entity(registered).build());
    }

    @POST
    @Path("/activate")
    @Operation(summary = "Activate an account with the code sent to it")
    public Uni<Response> activate(@Valid @NotNull(message = "a JSON body is required") ActivateRequest request) {
        return registration.activate(request).map(done -> Response.noContent().build());
    }

    @POST
    @Path("/activation-code")
    @Operation(summary = "Send a new activation code (rate-limited); the answer does not say whether the login exists")
    public Uni<Response> resend(@Valid @NotNull(message = "a JSON body is required") CodeRequest request) {
        return registration.resendActivation(request).map(done -> Response.accepted().build());
    }
}
