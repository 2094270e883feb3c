package io.bazaar.orders.order.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.order.service.MerchantOrders;
import io.bazaar.orders.order.service.OrderCursor;
import io.bazaar.orders.order.service.OrderQuery;
import io.bazaar.orders.order.service.OrderService;
import io.bazaar.orders.refund.rest.RefundRequest;
import io.bazaar.orders.refund.rest.RefundView;
import io.bazaar.orders.refund.service.RefundService;
import io.bazaar.orders.shipment.service.Parcel;
import io.bazaar.orders.shipment.service.ShipmentService;
import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** /api/merchant/orders: the merchant's own orders, their shipping in one parcel and their refunds, for staff with the "orders" permission. */
@Path("/api/merchant/orders")
@Tag(name = "Merchant orders")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class MerchantOrderResource {

    private final OrderService orders;
    private final StaffAccess staff;
    private final JsonWebToken token;
    private final RefundService refunds;
    private final MerchantOrders merchantOrders;
    private final ShipmentService shipments;

    MerchantOrderResource(OrderService orders, StaffAccess staff, JsonWebToken token, RefundService refunds,
            MerchantOrders merchantOrders, ShipmentService shipments) {
        this.orders = orders;
        this.shipments = shipments;
        this.merchantOrders = merchantOrders;
        this.refunds = refunds;
        this.staff = staff;
        this.token = token;
    }

    @GET
    @Operation(summary = "The merchant's orders: filtered, sorted, in keyset pages (cursor from the previous page)")
    @APIResponse(responseCode = "200", description = "One page of orders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MerchantOrderListView.class)))
    @APIResponse(responseCode = "400", description = "A filter, the sort, the cursor or the limit is not understood")
    public Uni<MerchantOrderListView> list(@QueryParam("status") List<String> status,
            @QueryParam("paymentStatus") String paymentStatus, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("customer") String customer, @QueryParam("product") String product, @QueryParam("sku") String sku,
            @QueryParam("number") String number, @QueryParam("recipientName") String recipientName,
            @QueryParam("recipientPhone") String recipientPhone, @QueryParam("carrier") String carrier,
            @QueryParam("trackingNumber") String trackingNumber, @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most " + PageRequest.MAX_SIZE) int limit) {
        UUID merchant = staff.merchantWith(StaffAccess.ORDERS);
        OrderQuery query = new OrderQueryInput(status, paymentStatus, from, to, customer, product, sku, number, recipientName,
                recipientPhone, carrier, trackingNumber, sort).toQuery();
        return merchantOrders.page(merchant, query, OrderCursor.decode("cursor", cursor, query.sort()), limit)
                .map(MerchantOrderListView::of);
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "One of the merchant's orders")
    public Uni<OrderView> get(@PathParam("number") String number) {
        return orders.ofMerchant(staff.merchantWith(StaffAccess.ORDERS), number).map(OrderView::of);
    }

    @POST
    @Path("/{number}/ship")
    @Operation(summary = "Hand everything still to ship of a paid order to the carrier in one parcel")
    @APIResponse(responseCode = "200", description = "The shipped order")
    @APIResponse(responseCode = "409", description = "Only paid orders with units left to ship can be shipped")
    public Uni<OrderView> ship(@PathParam("number") String number,
            @Valid @NotNull(message = "a JSON body is required") ShipRequest request) {
        UUID merchant = staff.merchantWith(StaffAccess.ORDERS);
        return shipments.ship(merchant, "merchant-staff:" + token.getSubject(), number, UUID.randomUUID(),
                Parcel.everything(request.carrier().strip(), request.trackingNumber().strip()))
                .chain(() -> orders.ofMerchant(merchant, number)).map(OrderView::of);
    }

    @POST
    @Path("/{number}/refunds")
    @Operation(summary = "Refund a paid order wholly, some of its lines, or an amount (header Idempotency-Key)")
    @APIResponse(responseCode = "201",
            description = "The refund (again for a retry with the same key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "409",
            description = "The order is not paid or is wholly refunded, or a request with this "
                    + "Idempotency-Key is running")
    @APIResponse(responseCode = "422",
            description = "An unknown line, more than is left to refund, nothing to refund, or a reused "
                    + "Idempotency-Key")
    @APIResponse(responseCode = "502", description = "The payment provider did not make the refund")
    public Uni<Response> refund(@PathParam("number") String number, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") RefundRequest request) {
        UUID merchant = staff.merchantWith(StaffAccess.ORDERS);
        return refunds.refund(merchant, "merchant-staff:" + token.getSubject(), number, IdempotencyKey.require(idempotencyKey),
                request).map(IdempotentResult::created);
    }

    @GET
    @Path("/{number}/refunds")
    @Operation(summary = "The refunds of one of the merchant's orders")
    public Uni<List<RefundView>> refunds(@PathParam("number") String number) {
        return refunds.ofOrder(staff.merchantWith(StaffAccess.ORDERS), number).map(list -> list.stream().map(RefundView::of).toList());
    }

}
