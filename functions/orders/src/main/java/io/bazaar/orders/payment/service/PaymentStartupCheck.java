package io.bazaar.orders.payment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/** Stops start-up when the payment configuration cannot work or is unsafe, rather than failing at the first checkout. */
@ApplicationScoped
public class PaymentStartupCheck {

    private final PaymentConfig config;
    private final PaymentProviders providers;

    PaymentStartupCheck(PaymentConfig config, PaymentProviders providers) {
        this.config = config;
        this.providers = providers;
    }

    void onStart(@Observes StartupEvent event) {
        ProviderPolicy.check(config.provider(), ConfigUtils.getProfiles());
        providers.current();
        if ("stripe".equals(config.provider())) {
            if (config.stripe().secretKey().filter(s -> !s.isBlank()).isEmpty()) {
                throw new IllegalStateException("bazaar.payments.provider=stripe needs bazaar.payments.stripe.secret-key");
            }
            if (config.stripe().webhookSecret().filter(s -> !s.isBlank()).isEmpty()) {
                throw new IllegalStateException("bazaar.payments.provider=stripe needs bazaar.payments.stripe.webhook-secret");
            }
        }
    }
}
