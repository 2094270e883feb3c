package io.bazaar.orders.payment.service;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which payment provider takes payments, where this platform is reachable, and the webhook rules. */
@ConfigMapping(prefix = "bazaar.payments")
public interface PaymentConfig {

    /**
     * Name of the provider new payments go to: "stripe" in deployments, "sandbox" (built in, refused outside the dev,
     * local and test profiles) for the local run and tests.
     */
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

    /** The Stripe provider (official SDK). */
    Stripe stripe();

    /** The Stripe provider's settings; the two secrets come from Secrets Manager in AWS. */
    interface Stripe {

        /** Stripe secret API key (sk_live_... / sk_test_... or a restricted rk_... key); required when Stripe is used. */
        Optional<String> secretKey();

        /** Signing secret (whsec_...) of the webhook endpoint /api/payments/webhook/stripe; required when Stripe is used. */
        Optional<String> webhookSecret();

        /** Base URL of Stripe's API; only tests point it elsewhere (a local server answering as Stripe does). */
        @WithDefault("https://api.stripe.com")
        URI apiBase();

        /** Where Stripe's hosted payment page sends the customer back to, paid or not (the storefront's order list). */
        Optional<URI> returnUrl();

        /** How long the hosted payment page stays open: Stripe allows 30 minutes to 24 hours (a minute kept for clock skew). */
        @WithDefault("PT31M")
        Duration pageExpiry();

        /** Network retries the SDK makes (with the same idempotency key) before a call fails. */
        @WithDefault("2")
        int maxNetworkRetries();

        /** Connect and read timeout of each call to Stripe. */
        @WithDefault("PT20S")
        Duration timeout();
    }

    /** The sandbox provider's settings. */
    interface Sandbox {

        /** HMAC-SHA256 secret the sandbox signs its webhooks with; required when the sandbox is used. */
        Optional<String> webhookSecret();
    }
}
