package io.bazaar.catalog.imports.refresh;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** What the scheduled refresh found on imported products' pages: held price changes and price history. */
@Path("/api/merchant/imports")
@Tag(name = "Merchant imports")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class PriceAlertResource {

    private final PriceAlerts alerts;
    private final PriceHistory history;
    private final StaffAccess staff;

    PriceAlertResource(PriceAlerts alerts, PriceHistory history, StaffAccess staff) {
        this.alerts = alerts;
        this.history = history;
        this.staff = staff;
    }

    @GET
    @Path("/price-alerts")
    @Operation(summary = "Large price changes at the source, held until accepted or dismissed; newest first")
    public Uni<Page<PriceAlertView>> open(@Valid @BeanParam PageRequest page) {
        return alerts.open(merchant(), page);
    }

    @POST
    @Path("/price-alerts/{id}/accept")
    @Operation(summary = "Take the source's new price")
    @APIResponse(responseCode = "200", description = "The accepted alert")
    @APIResponse(responseCode = "409", description = "The alert was resolved already")
    public Uni<PriceAlertView> accept(@PathParam("id") UUID id) {
        return alerts.accept(merchant(), id);
    }

    @POST
    @Path("/price-alerts/{id}/dismiss")
    @Operation(summary = "Keep our price")
    @APIResponse(responseCode = "200", description = "The dismissed alert")
    @APIResponse(responseCode = "409", description = "The alert was resolved already")
    public Uni<PriceAlertView> dismiss(@PathParam("id") UUID id) {
        return alerts.dismiss(merchant(), id);
    }

    @GET
    @Path("/products/{productId}/price-history")
    @Operation(summary = "The prices the source showed for each SKU of an imported product, oldest first")
    public Uni<List<SkuPriceHistory>> history(@PathParam("productId") UUID productId) {
        return history.of(merchant(), productId);
    }

    private UUID merchant() {
        return staff.merchantWith(StaffAccess.IMPORTS);
    }
}
