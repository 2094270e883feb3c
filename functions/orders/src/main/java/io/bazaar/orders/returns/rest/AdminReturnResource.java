package io.bazaar.orders.returns.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.returns.service.AdminReturns;
import io.bazaar.orders.returns.service.ReturnService;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/admin/returns: every merchant's returns, for the platform admin to look at (read only). */
@Path("/api/admin/returns")
@Tag(name = "Returns")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AdminReturnResource {

    private final AdminReturns returns;

    AdminReturnResource(AdminReturns returns) {
        this.returns = returns;
    }

    @GET
    @Operation(summary = "All returns, newest first, optionally in one status; each with its shop's name")
    public Uni<Page<ReturnSummaryView>> list(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        return returns.page(ReturnService.status("status", status), page)
                .map(found -> found.page().map(r -> ReturnSummaryView.of(r, found.shopNames().get(r.merchantId()))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One return with its lines, timeline and its shop's name")
    public Uni<ReturnView> get(@PathParam("id") UUID id) {
        return returns.one(id).map(found -> ReturnView.of(found.details(), found.shopName()));
    }
}
