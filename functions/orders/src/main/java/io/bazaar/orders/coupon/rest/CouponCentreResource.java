package io.bazaar.orders.coupon.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.coupon.service.CouponService;
import io.smallrye.mutiny.Uni;

/** GET /api/coupons/available: the coupon centre, coupons anyone may see and signed-in shoppers collect. */
@Path("/api/coupons")
@Tag(name = "Coupons")
@PermitAll
public class CouponCentreResource {

    private final CouponService coupons;

    CouponCentreResource(CouponService coupons) {
        this.coupons = coupons;
    }

    @GET
    @Path("/available")
    @Operation(summary = "Published coupons that can be collected now, soonest ending first")
    public Uni<List<OfferedCouponView>> available() {
        return coupons.collectable().map(list -> list.stream().map(OfferedCouponView::of).toList());
    }
}
