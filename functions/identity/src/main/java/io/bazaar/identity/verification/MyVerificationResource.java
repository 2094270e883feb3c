package io.bazaar.identity.verification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/verification: the shopper's real-name verification. */
@Path("/api/me/verification")
@Tag(name = "Real-name verification")
@RolesAllowed(Roles.CUSTOMER)
public class MyVerificationResource {

    private final VerificationService verifications;
    private final CurrentAccount current;

    MyVerificationResource(VerificationService verifications, CurrentAccount current) {
        this.verifications = verifications;
        this.current = current;
    }

    @GET
    @Operation(summary = "Whether the real name is verified, and the latest submission (number masked)")
    public Uni<MyVerification> get() {
        return verifications.mine(current.id());
    }

    @POST
    @Operation(summary = "Submit a legal name and an identity document (again after a rejection)")
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "409", description = "A submission is being checked, or the name is verified already")
    public Uni<Response> submit(@Valid @NotNull(message = "a JSON body is required") VerificationRequest request) {
        return verifications.submit(current.id(), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }
}
