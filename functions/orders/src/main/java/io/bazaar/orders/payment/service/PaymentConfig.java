package io.bazaar.orders.payment.service;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which payment provider takes payments, where this platform is reachable, and the webhook rules. */
@ConfigMapping(prefix = "bazaar.payments")
public interface PaymentConfig {

    /** Name of the provider new payments go to: "sandbox" (built in); a Stripe provider would be "stripe". */
    @WithDefault("sandbox")
    String provider();

    /**
     * The platform's public base URL (e.g. https://api.bazaar.example): payment pages and webhooks point there.
     * Unset, the local HTTP server's own address is used (local run, tests).
     */
    Optional<URI> publicBaseUrl();

    /** How old a webhook's signed timestamp may be (either way) before it is refused as a replay. */
    @WithDefault("PT5M")
    Duration webhookTolerance();

    /** The built-in sandbox provider. */
    Sandbox sandbox();

    /** The sandbox provider's settings. */
    interface Sandbox {

        /** HMAC-SHA256 secret the sandbox signs its webhooks with; required when the sandbox is used. */
        Optional<String> webhookSecret();
    }
}
