package io.bazaar.members.recent.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.bazaar.members.recent.service.RecentlyViewedService;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/recently-viewed: the products the signed-in shopper opened lately, newest first. */
@Path("/api/me/recently-viewed")
@Tag(name = "Recently viewed")
@RolesAllowed(Roles.CUSTOMER)
public class RecentlyViewedResource {

    private final RecentlyViewedService recent;
    private final CurrentAccount current;

    RecentlyViewedResource(RecentlyViewedService recent, CurrentAccount current) {
        this.recent = recent;
        this.current = current;
    }

    @GET
    @Operation(summary = "Recently viewed products still for sale, newest first, each once (limit 1-50, default 20)")
    public Uni<List<RecentProductView>> list(@QueryParam("limit") @DefaultValue("20")
            @Min(value = 1, message = "must be at least 1") @Max(value = 50, message = "must be at most 50") int limit) {
        return recent.list(current.id(), limit).map(list -> list.stream().map(RecentProductView::of).toList());
    }

    @POST
    @ResponseStatus(204)
    @Operation(summary = "Record that the shopper opened a product page (it moves to the front of the list)")
    public Uni<Void> record(@Valid @NotNull(message = "a JSON body is required") RecordView view) {
        return recent.record(current.id(), view.productId());
    }

    @DELETE
    @ResponseStatus(204)
    @Operation(summary = "Forget every recently viewed product")
    public Uni<Void> clear() {
        return recent.clear(current.id());
    }
}
