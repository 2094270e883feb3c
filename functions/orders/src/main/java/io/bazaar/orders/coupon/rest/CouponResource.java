package io.bazaar.orders.coupon.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.bazaar.orders.coupon.service.CouponService;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/admin/coupons: the platform admin defines discount codes. */
@Path("/api/admin/coupons")
@Tag(name = "Coupons")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class CouponResource {

    private final CouponService coupons;

    CouponResource(CouponService coupons) {
        this.coupons = coupons;
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Create a coupon")
    @APIResponse(responseCode = "201",
            description = "The new coupon",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CouponView.class)))
    @APIResponse(responseCode = "409", description = "A coupon with this code exists")
    public Uni<CouponView> create(@Valid @NotNull(message = "a JSON body is required") CouponInput input) {
        return coupons.create(input).map(CouponView::of);
    }

    @GET
    @Operation(summary = "Coupons, newest first")
    public Uni<List<CouponView>> list(@Valid @BeanParam PageRequest page) {
        return coupons.list(page).map(list -> list.stream().map(CouponView::of).toList());
    }
}
