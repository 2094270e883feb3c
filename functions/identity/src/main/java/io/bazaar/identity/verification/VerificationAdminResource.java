package io.bazaar.identity.verification;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/identity/verifications: platform admins decide real-name submissions (the manual provider's queue). */
@Path("/api/identity/verifications")
@Tag(name = "Real-name verification")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class VerificationAdminResource {

    private final VerificationService verifications;
    private final CurrentAccount current;

    VerificationAdminResource(VerificationService verifications, CurrentAccount current) {
        this.verifications = verifications;
        this.current = current;
    }

    @GET
    @Operation(summary = "Submissions in a state (SUBMITTED by default), oldest first; numbers masked")
    public Uni<Page<VerificationView>> list(@QueryParam("status") @DefaultValue("SUBMITTED") VerificationStatus status,
            @Valid @BeanParam PageRequest page) {
        return verifications.inState(status, page);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Accept a submission: the account is verified from its next access token on")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "409", description = "The submission was already decided")
    public Uni<VerificationView> approve(@PathParam("id") UUID id) {
        return verifications.approve(current.id(), id);
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject a submission with a reason the shopper reads; they may submit again")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "409", description = "The submission was already decided")
    public Uni<VerificationView> reject(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") Rejection rejection) {
        return verifications.reject(current.id(), id, rejection.reason());
    }
}
