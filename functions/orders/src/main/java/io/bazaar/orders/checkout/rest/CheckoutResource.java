package io.bazaar.orders.checkout.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.checkout.service.CheckoutService;
import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** POST /api/orders/checkout: the cart's selected lines become orders (activated accounts only). */
@Path("/api/orders/checkout")
@Tag(name = "Checkout")
@RolesAllowed(Roles.CUSTOMER)
public class CheckoutResource {

    private final CheckoutService checkouts;
    private final CurrentAccount current;
    private final JsonWebToken token;

    CheckoutResource(CheckoutService checkouts, CurrentAccount current, JsonWebToken token) {
        this.checkouts = checkouts;
        this.current = current;
        this.token = token;
    }

    @POST
    @Operation(summary = "Check out the cart's selected lines: one order per merchant, one payment")
    @APIResponse(responseCode = "201",
            description = "The orders and where to pay (again for a retry with the same key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckoutResponse.class)))
    @APIResponse(responseCode = "403", description = "The account is not activated, the token is not a customer's, "
            + "or a members-only coupon for a shopper who is not a verified member")
    @APIResponse(responseCode = "404", description = "addressId or walletCouponId names nothing of yours")
    @APIResponse(responseCode = "409",
            description = "Not enough stock, a product left sale, or a request with this Idempotency-Key is running")
    @APIResponse(responseCode = "422",
            description = "Nothing selected, mixed currencies, no shipping, a coupon that does not apply or is not collected, "
                    + "more points than the balance or the cap (insufficient-points, points-over-limit), "
                    + "or a reused Idempotency-Key")
    @APIResponse(responseCode = "502", description = "The payment provider could not open the payment")
    public Uni<Response> checkout(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") CheckoutRequest request) {
        if (!token.getGroups().contains(Roles.BUYER)) {
            throw ProblemException.forbidden("account-not-activated", "Activate your account before checking out.");
        }
        return checkouts.checkout(current.id(), current.verified(), IdempotencyKey.require(idempotencyKey), request).map(IdempotentResult::created);
    }

    @POST
    @Path("/quote")
    @Operation(summary = "Price the cart's selected lines for an address and a coupon, without placing or reserving anything")
    @APIResponse(responseCode = "200", description = "The breakdown a checkout would have now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckoutQuote.class)))
    @APIResponse(responseCode = "403", description = "A members-only coupon for a shopper who is not a verified member")
    @APIResponse(responseCode = "404", description = "addressId or walletCouponId names nothing of yours")
    @APIResponse(responseCode = "409", description = "A selected product left sale")
    @APIResponse(responseCode = "422",
            description = "Nothing selected, mixed currencies, no shipping, a coupon that does not exist or apply, "
                    + "or more points than the balance or the cap")
    public Uni<CheckoutQuote> quote(@Valid @NotNull(message = "a JSON body is required") QuoteRequest request) {
        return checkouts.quote(current.id(), current.verified(), request);
    }
}
