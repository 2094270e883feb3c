package io.bazaar.orders.payment.rest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.payment.service.PaymentService;
import io.smallrye.mutiny.Uni;

/** /api/payments/webhook/{provider}: where payment providers report outcomes; trusted only by their signature. */
@Path("/api/payments/webhook/{provider}")
@Tag(name = "Payments")
public class WebhookResource {

    private final PaymentService payments;

    WebhookResource(PaymentService payments) {
        this.payments = payments;
    }

    /** The raw body as a String: the signature covers the exact bytes sent. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A payment provider's signed event")
    @APIResponse(responseCode = "200", description = "The event was taken")
    @APIResponse(responseCode = "400",
            description = "The event is malformed, of an unknown type, or outside the time window")
    @APIResponse(responseCode = "401", description = "The signature is missing or wrong")
    @APIResponse(responseCode = "404", description = "There is no such provider or payment")
    @APIResponse(responseCode = "422", description = "The event's amount or currency is not the payment's")
    public Uni<Map<String, Boolean>> receive(@PathParam("provider") String provider, @Context HttpHeaders headers, String body) {
        Map<String, String> lowerCase = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        return payments.webhook(provider, lowerCase, body == null ? "" : body).replaceWith(Map.of("received", true));
    }
}
