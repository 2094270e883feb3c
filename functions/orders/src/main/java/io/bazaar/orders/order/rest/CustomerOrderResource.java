package io.bazaar.orders.order.rest;

import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.order.service.OrderService;
import io.bazaar.orders.payment.rest.OrderPaymentView;
import io.bazaar.orders.payment.service.OrderPayments;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/orders: the signed-in customer's own orders. */
@Path("/api/orders")
@Tag(name = "Orders")
@RolesAllowed(Roles.CUSTOMER)
public class CustomerOrderResource {

    private final OrderService orders;
    private final OrderPayments payments;
    private final CurrentAccount current;

    CustomerOrderResource(OrderService orders, OrderPayments payments, CurrentAccount current) {
        this.orders = orders;
        this.payments = payments;
        this.current = current;
    }

    @GET
    @Operation(summary = "My orders, newest first; `status` (repeated or comma-separated) keeps only those statuses")
    public Uni<Page<OrderSummaryView>> list(@QueryParam("status") List<String> status, @Valid @BeanParam PageRequest page) {
        return orders.pageOfCustomer(current.id(), StatusParam.many("status", status), page)
                .map(p -> p.map(OrderSummaryView::of));
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "One of my orders with lines and history")
    public Uni<OrderView> get(@PathParam("number") String number) {
        return orders.ofCustomer(current.id(), number).map(OrderView::of);
    }

    @GET
    @Path("/{number}/payment")
    @Operation(summary = "The payment of one of my orders, with where to pay while it is unpaid")
    public Uni<OrderPaymentView> payment(@PathParam("number") String number) {
        return payments.ofCustomerOrder(current.id(), number);
    }

    @POST
    @Path("/{number}/cancel")
    @Operation(summary = "Cancel an unpaid order (with the other orders of its checkout)")
    @APIResponse(responseCode = "200", description = "The cancelled order")
    @APIResponse(responseCode = "409", description = "Only unpaid orders can be cancelled")
    public Uni<OrderView> cancel(@PathParam("number") String number) {
        return orders.cancel(current.id(), number).map(OrderView::of);
    }

    @POST
    @Path("/{number}/confirm-receipt")
    @Operation(summary = "Confirm that a shipped order arrived")
    @APIResponse(responseCode = "200", description = "The delivered order")
    @APIResponse(responseCode = "409", description = "Only shipped orders can be confirmed")
    public Uni<OrderView> confirmReceipt(@PathParam("number") String number) {
        return orders.confirmReceipt(current.id(), number).map(OrderView::of);
    }
}
