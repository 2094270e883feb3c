package io.bazaar.orders;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Knobs of checkout and the order life cycle. */
@ConfigMapping(prefix = "bazaar.orders")
public interface OrdersConfig {

    /** How long an unpaid order waits for its payment before the job cancels it and restores the stock. */
    @WithDefault("PT30M")
    Duration paymentTimeout();

    /** After this long in SHIPPED an order counts as DELIVERED even if the customer never confirms receipt. */
    @WithDefault("P10D")
    Duration autoDeliverAfter();

    /** After this long in DELIVERED (the return window) an order is COMPLETED. */
    @WithDefault("P7D")
    Duration autoCompleteAfter();

    /** How long an Idempotency-Key of a checkout is remembered. */
    @WithDefault("PT24H")
    Duration idempotencyTtl();

    /** Shipping fee, in the order's minor units, of merchants that have no shipping rule of their own. */
    @WithDefault("0")
    long defaultShippingFeeMinor();

    /** Most orders one run of a job moves. */
    @WithDefault("200")
    int jobBatchSize();
}
