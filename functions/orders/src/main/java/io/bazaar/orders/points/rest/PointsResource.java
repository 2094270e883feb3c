package io.bazaar.orders.points.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.points.service.PointsService;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/points: the signed-in shopper's points balance and ledger. */
@Path("/api/me/points")
@Tag(name = "Points")
@RolesAllowed(Roles.CUSTOMER)
public class PointsResource {

    private final PointsService points;
    private final CurrentAccount current;

    PointsResource(PointsService points, CurrentAccount current) {
        this.points = points;
        this.current = current;
    }

    @GET
    @Operation(summary = "Your points: balance, what expires soon, and the lots still holding points")
    public Uni<PointsView> balance() {
        return points.summary(current.id()).map(PointsView::of);
    }

    @GET
    @Path("/entries")
    @Operation(summary = "Your points ledger, newest first")
    public Uni<Page<PointsEntryView>> entries(@Valid @BeanParam PageRequest page) {
        return points.entries(current.id(), page).map(p -> p.map(PointsEntryView::of));
    }
}
