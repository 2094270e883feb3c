package io.bazaar.orders.shipment.service;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Carriers that report tracking events to Bazaar, and the limits of bulk shipping. */
@ConfigMapping(prefix = "bazaar.shipping")
public interface ShippingConfig {

    /** Carriers with a webhook, by the name in its path ({@code /api/shipping/webhook/<name>}). */
    Map<String, Carrier> carriers();

    /** Most data rows one bulk-shipping CSV may have. */
    @WithDefault("1000")
    int bulkMaxRows();

    /** Largest bulk-shipping CSV, in bytes. */
    @WithDefault("262144")
    int bulkMaxBytes();

    /** How far in the future an event's time may be (clock skew) before it is refused. */
    @WithDefault("PT5M")
    Duration futureTolerance();

    /** One carrier's webhook. */
    interface Carrier {

        /** The HMAC-SHA256 key the carrier signs its webhook bodies with. */
        String webhookSecret();

        /** The carrier's name as staff type it on shipments (any case); default the webhook's path name. */
        Optional<String> name();
    }
}
