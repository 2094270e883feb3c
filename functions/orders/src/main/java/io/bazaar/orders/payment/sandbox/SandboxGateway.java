package io.bazaar.orders.payment.sandbox;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.orders.payment.service.Payment;
import io.bazaar.orders.payment.service.PublicBaseUrl;
import io.smallrye.mutiny.Uni;

/**
 * The sandbox's "bank side": when the customer presses Pay or Fail it signs an event and posts it to the platform's
 * webhook over HTTP, exactly as an outside provider would.
 */
@ApplicationScoped
public class SandboxGateway {

    private final SandboxPaymentProvider provider;
    private final PublicBaseUrl baseUrl;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxGateway(SandboxPaymentProvider provider, PublicBaseUrl baseUrl, ObjectMapper json, Clock clock) {
        this.provider = provider;
        this.baseUrl = baseUrl;
        this.json = json;
        this.clock = clock;
    }

    /** Posts the payment's outcome to the webhook; completes with the webhook's HTTP status. */
    public Uni<Integer> report(Payment payment, boolean succeeded) {
        String body;
        try {
            body = json.writeValueAsString(Map.of(
                    "id", "evt_" + UUID.randomUUID().toString().replace("-", ""),
                    "type", succeeded ? "payment.succeeded" : "payment.failed",
                    "created", clock.instant().getEpochSecond(),
                    "data", Map.of("paymentId", payment.id().toString(), "reference", String.valueOf(payment.providerReference()),
                            "amountMinor", payment.amountMinor(), "currency", payment.currency())));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/api/payments/webhook/" + SandboxPaymentProvider.NAME))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header(SandboxSignature.HEADER, SandboxSignature.header(provider.secret(), clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(HttpResponse::statusCode);
    }
}
