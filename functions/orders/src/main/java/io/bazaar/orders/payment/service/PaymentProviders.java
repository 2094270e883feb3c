package io.bazaar.orders.payment.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.bazaar.platform.problem.ProblemException;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Finds a provider by name among the PaymentProvider beans: the configured one for new payments, the payment's own for
 * webhooks and refunds. Outside the sandbox's profiles the sandbox is not there at all (see {@link ProviderPolicy}).
 */
@ApplicationScoped
public class PaymentProviders {

    private final Instance<PaymentProvider> providers;
    private final PaymentConfig config;

    PaymentProviders(Instance<PaymentProvider> providers, PaymentConfig config) {
        this.providers = providers;
        this.config = config;
    }

    public PaymentProvider current() {
        return named(config.provider()).orElseThrow(() -> new IllegalStateException(
                "bazaar.payments.provider names no known provider: " + config.provider()));
    }

    public PaymentProvider forWebhook(String name) {
        return named(name).orElseThrow(() -> ProblemException.notFound("unknown-provider", "There is no such payment provider."));
    }

    /** The provider that took a payment, to refund it. */
    public PaymentProvider of(Payment payment) {
        return named(payment.provider()).orElseThrow(() -> new IllegalStateException(
                "payment " + payment.id() + " was taken by " + payment.provider() + ", which is not available here"));
    }

    /** Whether the sandbox's page and webhook exist in this process. */
    public static boolean sandboxAvailable() {
        return ProviderPolicy.sandboxAllowed(ConfigUtils.getProfiles());
    }

    private Optional<PaymentProvider> named(String name) {
        if ("sandbox".equals(name) && !sandboxAvailable()) {
            return Optional.empty();
        }
        return providers.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
