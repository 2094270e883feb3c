package io.bazaar.identity.shop;

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

/** /api/admin/shop-applications: platform admins decide applications for a shop. */
@Path("/api/admin/shop-applications")
@Tag(name = "Shops")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class ShopApplicationAdminResource {

    private final ShopApplicationService applications;
    private final CurrentAccount current;

    ShopApplicationAdminResource(ShopApplicationService applications, CurrentAccount current) {
        this.applications = applications;
        this.current = current;
    }

    @GET
    @Operation(summary = "Applications in a state (PENDING by default), oldest first")
    public Uni<Page<ShopApplicationView>> list(@QueryParam("status") @DefaultValue("PENDING") ShopApplicationStatus status,
            @Valid @BeanParam PageRequest page) {
        return applications.inState(status, page);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve: the shop opens and the contact gets the owner's invitation")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "404", description = "There is no such application")
    @APIResponse(responseCode = "409", description = "The application was already decided")
    public Uni<ShopApplicationView> approve(@PathParam("id") UUID id, @Valid ApplicationApproval approval) {
        return applications.approve(current.id(), id, approval);
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject with a reason")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "404", description = "There is no such application")
    @APIResponse(responseCode = "409", description = "The application was already decided")
    public Uni<ShopApplicationView> reject(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ApplicationRejection rejection) {
        return applications.reject(current.id(), id, rejection.reason());
    }
}
