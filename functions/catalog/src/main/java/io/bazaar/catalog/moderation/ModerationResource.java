package io.bazaar.catalog.moderation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.catalog.merchant.MerchantProductView;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/admin/products: the review queue of platform admins. */
@Path("/api/admin/products")
@Tag(name = "Moderation")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class ModerationResource {

    private final ModerationService moderation;

    ModerationResource(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GET
    @Path("/pending")
    @Operation(summary = "Products waiting for review, oldest first; free marks those the merchant gives away at 0")
    public Uni<Page<MerchantProductView>> queue(@Valid @BeanParam PageRequest page) {
        return moderation.queue(page);
    }

    @POST
    @Path("/{id}/approve")
    @APIResponse(responseCode = "200", description = "The approved product")
    @APIResponse(responseCode = "409", description = "The product is not waiting for review")
    public Uni<MerchantProductView> approve(@PathParam("id") UUID id) {
        return moderation.approve(id);
    }

    @POST
    @Path("/{id}/reject")
    @APIResponse(responseCode = "200", description = "The rejected product")
    @APIResponse(responseCode = "409", description = "The product is not waiting for review")
    public Uni<MerchantProductView> reject(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") RejectRequest request) {
        return moderation.reject(id, request.reason());
    }
}
