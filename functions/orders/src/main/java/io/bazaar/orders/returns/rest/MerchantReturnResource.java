package io.bazaar.orders.returns.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.returns.service.ReturnService;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** /api/merchant/returns: the merchant's returns, answered by staff with the "orders" permission. */
@Path("/api/merchant/returns")
@Tag(name = "Merchant returns")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class MerchantReturnResource {

    private final ReturnService returns;
    private final StaffAccess staff;
    private final JsonWebToken token;

    MerchantReturnResource(ReturnService returns, StaffAccess staff, JsonWebToken token) {
        this.returns = returns;
        this.staff = staff;
        this.token = token;
    }

    @GET
    @Operation(summary = "The merchant's returns, newest first, optionally in one status")
    public Uni<Page<ReturnSummaryView>> list(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        UUID merchant = staff.merchantWith(StaffAccess.ORDERS);
        return returns.pageOfMerchant(merchant, ReturnService.status("status", status), page)
                .map(p -> p.map(ReturnSummaryView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the merchant's returns with its lines and timeline")
    public Uni<ReturnView> get(@PathParam("id") UUID id) {
        return returns.ofMerchant(staff.merchantWith(StaffAccess.ORDERS), id).map(ReturnView::of);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve a request; a refund only is refunded at once (asked again, it finishes a failed refund)")
    @APIResponse(responseCode = "200", description = "The return, APPROVED (REFUNDED for a refund only)")
    @APIResponse(responseCode = "409", description = "Only requested returns can be approved, or a refund is running")
    @APIResponse(responseCode = "422", description = "The refund would exceed what is left to refund on the order")
    @APIResponse(responseCode = "502", description = "The payment provider did not make the refund (approve again)")
    public Uni<ReturnView> approve(@PathParam("id") UUID id) {
        return returns.approve(staff.merchantWith(StaffAccess.ORDERS), token.getSubject(), id).map(ReturnView::of);
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject a request, saying why")
    @APIResponse(responseCode = "200", description = "The return, REJECTED")
    @APIResponse(responseCode = "409", description = "Only requested returns can be rejected")
    public Uni<ReturnView> reject(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") RejectRequest request) {
        return returns.reject(staff.merchantWith(StaffAccess.ORDERS), token.getSubject(), id, request.reason().strip())
                .map(ReturnView::of);
    }

    @POST
    @Path("/{id}/receive")
    @Operation(summary = "Record the goods received, per line whether resellable, and refund (stock back for resellable lines)")
    @APIResponse(responseCode = "200", description = "The return, REFUNDED")
    @APIResponse(responseCode = "409", description = "Only returns shipped back can be received, or a refund is running")
    @APIResponse(responseCode = "422", description = "The refund would exceed what is left to refund on the order")
    @APIResponse(responseCode = "502", description = "The payment provider did not make the refund (receive again)")
    public Uni<ReturnView> receive(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ReceiveRequest request) {
        return returns.receive(staff.merchantWith(StaffAccess.ORDERS), token.getSubject(), id, request).map(ReturnView::of);
    }
}
