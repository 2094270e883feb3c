package io.bazaar.orders.payment.rest;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.payment.sandbox.SandboxGateway;
import io.bazaar.orders.payment.service.Payment;
import io.bazaar.orders.payment.service.PaymentProviders;
import io.bazaar.orders.payment.service.PaymentService;
import io.bazaar.platform.money.Money;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * /api/payments/sandbox/{paymentId}: the sandbox provider's payment page. Like a real provider's page it needs no
 * Bazaar token: the unguessable payment id is the capability. Outside the local and test profiles every path here is a
 * 404 (start-up already refuses the sandbox as the provider there).
 */
@Path("/api/payments/sandbox/{paymentId}")
@Tag(name = "Payments")
public class SandboxResource {

    private final PaymentService payments;
    private final SandboxGateway gateway;

    SandboxResource(PaymentService payments, SandboxGateway gateway) {
        this.payments = payments;
        this.gateway = gateway;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The sandbox payment page with Pay and Fail buttons")
    public Uni<String> page(@PathParam("paymentId") UUID paymentId) {
        return sandboxPayment(paymentId).map(p -> """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Bazaar sandbox payment</title></head>
                <body>
                <h1>Sandbox payment</h1>
                <p>Amount: <strong>%s %s</strong> &middot; status: %s</p>
                <form method="post" action="%s/complete"><button type="submit">Pay</button></form>
                <form method="post" action="%s/fail"><button type="submit">Fail</button></form>
                </body></html>
                """.formatted(new Money(p.amountMinor(), p.currency()).toDecimalString(), p.currency(), p.status(),
                p.id(), p.id()));
    }

    @POST
    @Path("/complete")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Pay: the sandbox reports success to the platform's webhook")
    @APIResponse(responseCode = "200", description = "The platform took the report")
    @APIResponse(responseCode = "502",
            description = "The platform refused the report",
            content = @Content(mediaType = MediaType.TEXT_HTML))
    public Uni<Response> complete(@PathParam("paymentId") UUID paymentId) {
        return report(paymentId, true);
    }

    @POST
    @Path("/fail")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Fail: the sandbox reports a failed payment to the platform's webhook")
    @APIResponse(responseCode = "200", description = "The platform took the report")
    @APIResponse(responseCode = "502",
            description = "The platform refused the report",
            content = @Content(mediaType = MediaType.TEXT_HTML))
    public Uni<Response> fail(@PathParam("paymentId") UUID paymentId) {
        return report(paymentId, false);
    }

    private Uni<Response> report(UUID paymentId, boolean succeeded) {
        return sandboxPayment(paymentId).chain(p -> gateway.report(p, succeeded).map(status -> {
            boolean delivered = status == 200;
            String text = delivered ? (succeeded ? "Payment completed." : "Payment failed.")
                    : "The shop did not accept the notification (HTTP " + status + ").";
            // Back to the shop's orders as a real provider's page returns (the same address Stripe returns to).
            String back = "/orders?payment=" + p.id() + "&amp;outcome=" + (succeeded ? "paid" : "failed");
            return Response.status(delivered ? 200 : 502).type(MediaType.TEXT_HTML)
                    .entity("<!doctype html><html lang=\"en\"><body><p>" + text + "</p><p><a id=\"back\" href=\"" + back
                            + "\">Back to the shop</a></p></body></html>").build();
        }));
    }

    private Uni<Payment> sandboxPayment(UUID paymentId) {
        if (!PaymentProviders.sandboxAvailable()) {
            return Uni.createFrom().failure(ProblemException.notFound("not-found", "There is no such page."));
        }
        return payments.find(paymentId).map(p -> {
            if (!"sandbox".equals(p.provider())) {
                throw ProblemException.notFound("payment-not-found", "There is no such payment.");
            }
            return p;
        });
    }
}
