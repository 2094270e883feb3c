package io.bazaar.orders.checkout;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.payment.service.PaymentEvent;
import io.bazaar.orders.payment.service.PaymentProvider;
import io.bazaar.orders.payment.service.PaymentRequest;
import io.bazaar.orders.payment.service.PaymentSession;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.smallrye.mutiny.Uni;

/**
 * A payment provider (outside the system) whose API is down for the first attempt of each payment, as a provider's
 * outage looks to the checkout; picked only by {@link Profile}.
 */
@ApplicationScoped
public class PaymentPageOutage implements PaymentProvider {

    static final String NAME = "outage";
    private final Set<String> attempted = ConcurrentHashMap.newKeySet();

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
        if (attempted.add(request.paymentId().toString())) {
            return Uni.createFrom().failure(new IllegalStateException("provider unavailable"));
        }
        return Uni.createFrom().item(new PaymentSession("out_" + request.paymentId(),
                "https://pay.example/" + request.paymentId()));
    }

    @Override
    public PaymentEvent verifyWebhook(Map<String, String> headers, String body) {
        throw ProblemException.badRequest("unknown-event", "This provider sends no webhooks.");
    }

    /** New payments go to this provider. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bazaar.payments.provider", NAME);
        }
    }
}
