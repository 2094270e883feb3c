package io.bazaar.orders.payment.stripe;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;

import io.bazaar.orders.payment.service.PaymentConfig;
import io.bazaar.orders.payment.service.PaymentEvent;
import io.bazaar.orders.payment.service.PaymentProvider;
import io.bazaar.orders.payment.service.PaymentRequest;
import io.bazaar.orders.payment.service.PaymentSession;
import io.bazaar.orders.payment.service.PublicBaseUrl;
import io.bazaar.orders.payment.service.RefundOrder;
import io.bazaar.orders.payment.service.RefundReceipt;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Stripe through its official SDK: a Checkout Session (Stripe's hosted payment page) per payment, webhooks verified
 * with the {@code Stripe-Signature} scheme, refunds through the Refunds API. The SDK blocks, so every call runs on a
 * worker thread through {@link BlockingCalls}; every write carries an idempotency key derived from our ids, so a
 * retry (ours or the SDK's) never pays or refunds twice. See docs/decisions/payments.md.
 */
@ApplicationScoped
public class StripePaymentProvider implements PaymentProvider {

    public static final String NAME = "stripe";
    /** Name of our payment id in the metadata of Stripe's objects. */
    public static final String PAYMENT_ID = "bazaar_payment_id";
    public static final String REFUND_ID = "bazaar_refund_id";
    static final String SIGNATURE_HEADER = "stripe-signature";
    private static final Logger LOG = Logger.getLogger(StripePaymentProvider.class);

    private final PaymentConfig config;
    private final PublicBaseUrl baseUrl;
    private final BlockingCalls blocking;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile StripeClient client;

    StripePaymentProvider(PaymentConfig config, PublicBaseUrl baseUrl, BlockingCalls blocking, ObjectMapper json, Clock clock) {
        this.config = config;
        this.baseUrl = baseUrl;
        this.blocking = blocking;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Stripe's page offers the customer's card and wallets itself; the storefront sends "card". */
    @Override
    public boolean supportsMethod(String paymentMethod) {
        return "card".equals(paymentMethod);
    }

    @Override
    public Uni<PaymentSession> createPayment(PaymentRequest request) {
        String paymentId = request.paymentId().toString();
        String returnTo = config.stripe().returnUrl().map(URI::toString).orElseGet(() -> baseUrl.resolve("/orders").toString());
        String separator = returnTo.contains("?") ? "&" : "?";
        long expiresAt = clock.instant().plus(config.stripe().pageExpiry()).getEpochSecond();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(paymentId)
                .putMetadata(PAYMENT_ID, paymentId)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata(PAYMENT_ID, paymentId)
                        .setDescription(request.description())
                        .build())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(request.currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(request.amountMinor())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description()).build())
                                .build())
                        .build())
                .setSuccessUrl(returnTo + separator + "payment=" + paymentId + "&outcome=paid")
                .setCancelUrl(returnTo + separator + "payment=" + paymentId + "&outcome=cancelled")
                .setExpiresAt(expiresAt)
                .build();
        RequestOptions options = RequestOptions.builder().setIdempotencyKey("bazaar-payment-" + paymentId).build();
        return blocking.run(() -> {
            try {
                Session session = client().v1().checkout().sessions().create(params, options);
                return new PaymentSession(session.getId(), session.getUrl());
            } catch (StripeException e) {
                throw providerError("open the payment " + paymentId, e);
            }
        });
    }

    @Override
    public PaymentEvent verifyWebhook(Map<String, String> headers, String body) {
        String header = headers.get(SIGNATURE_HEADER);
        if (header == null || header.isBlank()) {
            throw invalidSignature();
        }
        try {
            Webhook.constructEvent(body, header, webhookSecret(), config.webhookTolerance().toSeconds(), clock);
        } catch (SignatureVerificationException e) {
            // the SDK checks the signature before the timestamp, so "stale" is only said of a genuine event
            if (String.valueOf(e.getMessage()).contains("tolerance")) {
                throw ProblemException.badRequest("stale-webhook", "The webhook's timestamp is outside the tolerance window.");
            }
            throw invalidSignature();
        } catch (RuntimeException e) {
            throw malformed();
        }
        return read(body);
    }

    @Override
    public Uni<RefundReceipt> refund(RefundOrder order) {
        if (order.payment().settledReference() == null) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "payment " + order.payment().id() + " has no PaymentIntent to refund"));
        }
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(order.payment().settledReference())
                .setAmount(order.amountMinor())
                .putMetadata(REFUND_ID, order.refundId().toString())
                .putMetadata(PAYMENT_ID, order.payment().id().toString())
                .build();
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(order.idempotencyKey()).build();
        return blocking.run(() -> {
            try {
                Refund refund = client().v1().refunds().create(params, options);
                return switch (String.valueOf(refund.getStatus())) {
                    case "succeeded" -> new RefundReceipt(refund.getId(), "SUCCEEDED");
                    case "pending", "requires_action" -> new RefundReceipt(refund.getId(), "PENDING");
                    default -> throw new ProblemException(502, "refund-refused", "Payment provider error",
                            "Stripe did not make the refund (status " + refund.getStatus() + ").");
                };
            } catch (StripeException e) {
                throw providerError("refund " + order.refundId(), e);
            }
        });
    }

    /** The event's type and the fields of its object we need; the signature has been checked. */
    private PaymentEvent read(String body) {
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (IOException e) {
            throw malformed();
        }
        String eventId = event.path("id").asText();
        JsonNode object = event.path("data").path("object");
        String currency = object.path("currency").asText().toUpperCase(Locale.ROOT);
        return switch (event.path("type").asText()) {
            case "payment_intent.succeeded" -> new PaymentEvent(eventId, PaymentEvent.Outcome.SUCCEEDED, paymentId(object),
                    object.path("amount_received").asLong(), currency, object.path("id").asText(), 0);
            case "payment_intent.payment_failed" -> new PaymentEvent(eventId, PaymentEvent.Outcome.FAILED, paymentId(object),
                    object.path("amount").asLong(), currency, object.path("id").asText(), 0);
            // a Charge: Stripe does not copy the PaymentIntent's metadata to it, so the payment is found by its intent
            case "charge.refunded" -> new PaymentEvent(eventId, PaymentEvent.Outcome.REFUNDED, optionalPaymentId(object),
                    object.path("amount").asLong(), currency, object.path("payment_intent").asText(null),
                    object.path("amount_refunded").asLong());
            default -> {
                LOG.debugf("Stripe event %s of type %s is not one we act on", eventId, event.path("type").asText());
                yield new PaymentEvent(eventId, PaymentEvent.Outcome.IGNORED, null, 0, currency, null, 0);
            }
        };
    }

    private static UUID paymentId(JsonNode object) {
        UUID id = optionalPaymentId(object);
        if (id == null) {
            throw ProblemException.badRequest("malformed-webhook", "The Stripe object carries no " + PAYMENT_ID + ".");
        }
        return id;
    }

    private static UUID optionalPaymentId(JsonNode object) {
        String text = object.path("metadata").path(PAYMENT_ID).asText("");
        try {
            return text.isEmpty() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("malformed-webhook", "The Stripe object's " + PAYMENT_ID + " is not an id.");
        }
    }

    private StripeClient client() {
        StripeClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    PaymentConfig.Stripe stripe = config.stripe();
                    int timeoutMillis = Math.toIntExact(stripe.timeout().toMillis());
                    client = StripeClient.builder()
                            .setApiKey(stripe.secretKey().filter(s -> !s.isBlank()).orElseThrow(() ->
                                    new IllegalStateException("bazaar.payments.stripe.secret-key is not set")))
                            .setApiBase(stripe.apiBase().toString().replaceAll("/+$", ""))
                            .setMaxNetworkRetries(stripe.maxNetworkRetries())
                            .setConnectTimeout(timeoutMillis)
                            .setReadTimeout(timeoutMillis)
                            .build();
                }
                current = client;
            }
        }
        return current;
    }

    private String webhookSecret() {
        return config.stripe().webhookSecret().filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("bazaar.payments.stripe.webhook-secret is not set"));
    }

    /** Stripe's message says what was wrong with the request; it never holds a secret. */
    private static ProblemException providerError(String what, StripeException e) {
        LOG.warnf("Stripe could not %s: %s (request %s, code %s)", what, e.getMessage(), e.getRequestId(), e.getCode());
        return new ProblemException(502, "payment-provider-error", "Payment provider error",
                "The payment provider could not " + what + "; try again later.");
    }

    private static ProblemException invalidSignature() {
        return ProblemException.unauthorized("invalid-signature", "The webhook's signature is missing or wrong.");
    }

    private static ProblemException malformed() {
        return ProblemException.badRequest("malformed-webhook", "The webhook's body is not a Stripe event.");
    }
}
