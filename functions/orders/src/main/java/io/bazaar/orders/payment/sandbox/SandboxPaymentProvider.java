package io.bazaar.orders.payment.sandbox;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.orders.payment.service.PaymentConfig;
import io.bazaar.orders.payment.service.PaymentEvent;
import io.bazaar.orders.payment.service.PaymentProvider;
import io.bazaar.orders.payment.service.PaymentRequest;
import io.bazaar.orders.payment.service.PaymentSession;
import io.bazaar.orders.payment.service.PublicBaseUrl;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * A built-in provider that behaves like a real one without any money: its payment page is served by this area
 * (/api/payments/sandbox/{id}) and it reports the outcome through a signed webhook over real HTTP.
 */
@ApplicationScoped
public class SandboxPaymentProvider implements PaymentProvider {

    public static final String NAME = "sandbox";

    private final PaymentConfig config;
    private final PublicBaseUrl baseUrl;
    private final ObjectMapper json;
    private final Clock clock;

    SandboxPaymentProvider(PaymentConfig config, PublicBaseUrl baseUrl, ObjectMapper json, Clock clock) {
        this.config = config;
        this.baseUrl = baseUrl;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supportsMethod(String paymentMethod) {
        return "sandbox-card".equals(paymentMethod);
    }

    @Override
    public Uni<PaymentSession> createPayment(PaymentRequest request) {
        return Uni.createFrom().item(new PaymentSession("sbx_" + request.paymentId().toString().replace("-", ""),
                baseUrl.resolve("/api/payments/sandbox/" + request.paymentId()).toString()));
    }

    @Override
    public PaymentEvent verifyWebhook(Map<String, String> headers, String body) {
        SandboxSignature.verify(secret(), headers.get(SandboxSignature.HEADER.toLowerCase()), body, clock.instant(),
                config.webhookTolerance());
        try {
            JsonNode event = json.readTree(body);
            JsonNode data = event.path("data");
            PaymentEvent.Outcome outcome = switch (event.path("type").asText()) {
                case "payment.succeeded" -> PaymentEvent.Outcome.SUCCEEDED;
                case "payment.failed" -> PaymentEvent.Outcome.FAILED;
                default -> throw ProblemException.badRequest("unknown-event", "The webhook's event type is unknown.");
            };
            return new PaymentEvent(event.path("id").asText(), outcome, UUID.fromString(data.path("paymentId").asText()),
                    data.path("amountMinor").asLong(), data.path("currency").asText());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw ProblemException.badRequest("malformed-webhook", "The webhook's body is not a sandbox event.");
        }
    }

    /** The signing secret; the sandbox refuses to work without one rather than sign with a guessable default. */
    String secret() {
        return config.sandbox().webhookSecret().filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "bazaar.payments.sandbox.webhook-secret is not set"));
    }
}
