package io.bazaar.orders.coupon.rest;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import io.bazaar.orders.checkout.service.CheckoutService;
import io.bazaar.orders.coupon.service.CouponService;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/coupons: the signed-in shopper's coupon wallet. */
@Path("/api/me/coupons")
@Tag(name = "Coupons")
@RolesAllowed(Roles.CUSTOMER)
public class WalletResource {

    private final CouponService coupons;
    private final CheckoutService checkouts;
    private final CurrentAccount current;
    private final Clock clock;

    WalletResource(CouponService coupons, CheckoutService checkouts, CurrentAccount current, Clock clock) {
        this.coupons = coupons;
        this.checkouts = checkouts;
        this.current = current;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The coupons in your wallet, newest first, each usable, not started, used or expired")
    public Uni<List<WalletCouponView>> wallet() {
        return coupons.wallet(current.id()).map(list -> list.stream().map(w -> WalletCouponView.of(w, clock.instant())).toList());
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Collect a published coupon into your wallet")
    @APIResponse(responseCode = "201", description = "The coupon in your wallet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WalletCouponView.class)))
    @APIResponse(responseCode = "403", description = "members-only: the coupon is for verified members")
    @APIResponse(responseCode = "404", description = "No such published coupon")
    @APIResponse(responseCode = "409", description = "coupon-out-of-stock, or coupon-limit-reached (you hold as many as allowed)")
    @APIResponse(responseCode = "422", description = "coupon-not-started or coupon-expired (outside its collect window)")
    public Uni<WalletCouponView> collect(@Valid @NotNull(message = "a JSON body is required") CollectRequest request) {
        return coupons.collect(current.id(), current.verified(), request.couponId())
                .map(w -> WalletCouponView.of(w, clock.instant()));
    }

    @GET
    @Path("/applicable")
    @Operation(summary = "Your usable wallet coupons against the cart's selected lines: the discount each gives, or why not")
    public Uni<List<ApplicableCouponView>> applicable() {
        return checkouts.applicableCoupons(current.id(), current.verified())
                .map(list -> list.stream().map(a -> ApplicableCouponView.of(a, clock.instant())).toList());
    }
}
