package io.bazaar.orders.refund.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.refund.service.PaymentAlert;
import io.bazaar.orders.refund.service.RefundService;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/admin/payments/alerts: payments an admin must look at (paid after cancellation, refunded outside Bazaar). */
@Path("/api/admin/payments/alerts")
@Tag(name = "Refunds")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PaymentAlertResource {

    private final RefundService refunds;

    PaymentAlertResource(RefundService refunds) {
        this.refunds = refunds;
    }

    @GET
    @Operation(summary = "Payment alerts, newest first")
    public Uni<Page<PaymentAlert>> list(@Valid @BeanParam PageRequest page) {
        return refunds.alerts(page);
    }
}
