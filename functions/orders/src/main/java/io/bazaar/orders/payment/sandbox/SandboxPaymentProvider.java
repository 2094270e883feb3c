package io.bazaar.orders.payment.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.orders.payment.service.PaymentConfig;
import io.bazaar.orders.payment.service.PaymentEvent;
import io.bazaar.orders.payment.service.PaymentProvider;
import io.bazaar.orders.payment.service.PaymentRequest;
import io.bazaar.orders.payment.service.PaymentSession;
import io.bazaar.orders.payment.service.RefundOrder;
import io.bazaar.orders.payment.service.RefundReceipt;
import io.bazaar.orders.payment.service.PublicBaseUrl;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.mutiny.Uni;

/**
 * A built-in provider that behaves like a real one without any money: its payment page is served by this area
 * (/api/payments/sandbox/{id}) and it reports the outcome through a signed webhook over real HTTP.
 */
@ApplicationScoped
public class SandboxPaymentProvider implements PaymentProvider {

    public static final String NAME = "sandbox";
    private static final Logger LOG = Logger.getLogger(SandboxPaymentProvider.class);

    private final PaymentConfig config;
    private final PublicBaseUrl baseUrl;
    private final ObjectMapper json;
    private final Clock clock;
    private String generatedSecret;

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
                    data.path("amountMinor").asLong(), data.path("currency").asText(),
                    data.path("reference").isTextual() ? data.path("reference").asText() : null, 0);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw ProblemException.badRequest("malformed-webhook", "The webhook's body is not a sandbox event.");
        }
    }

    /** Refunds locally and at once: there is no money to move. The same idempotency key gives the same refund id. */
    @Override
    public Uni<RefundReceipt> refund(RefundOrder order) {
        UUID reference = UUID.nameUUIDFromBytes(order.idempotencyKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Uni.createFrom().item(new RefundReceipt("sbx_re_" + reference.toString().replace("-", ""), "SUCCEEDED"));
    }

    /**
     * The signing secret. Unset, the local run (profiles dev, local) makes up a random one for its single process;
     * anywhere else the sandbox refuses to work rather than sign with a guessable default.
     */
    String secret() {
        return config.sandbox().webhookSecret().filter(s -> !s.isBlank()).orElseGet(this::processSecret);
    }

    private synchronized String processSecret() {
        if (generatedSecret == null) {
            List<String> profiles = ConfigUtils.getProfiles();
            if (!profiles.contains("dev") && !profiles.contains("local")) {
                throw new IllegalStateException("bazaar.payments.sandbox.webhook-secret is not set");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            generatedSecret = HexFormat.of().formatHex(random);
            LOG.info("No bazaar.payments.sandbox.webhook-secret: the sandbox signs with a random secret of this process");
        }
        return generatedSecret;
    }
}
