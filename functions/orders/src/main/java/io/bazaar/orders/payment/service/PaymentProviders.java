package io.bazaar.orders.payment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.bazaar.platform.problem.ProblemException;

/** Finds a provider by name among the PaymentProvider beans: the configured one for new payments, any for webhooks. */
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

    private java.util.Optional<PaymentProvider> named(String name) {
        return providers.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
