package io.bazaar.orders.points.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The points rule: how many are earned, what they are worth at checkout, how long they last. */
@ConfigMapping(prefix = "bazaar.points")
public interface PointsConfig {

    /** Points earned per major unit (yuan, dollar) of goods paid for, posted when the order completes. */
    @WithDefault("1")
    long earnedPerMajorUnit();

    /** Verified members earn this many times the points. */
    @WithDefault("2")
    int memberMultiplier();

    /** How many points make one major unit of discount at checkout (100: 100 points = 1.00). */
    @WithDefault("100")
    long pointsPerMajorUnit();

    /** At most this percentage of the goods (after the coupon) may be paid with points. */
    @WithDefault("50")
    int maxSharePercent();

    /** Points expire this long after they were earned (or given back, or added by an adjustment). */
    @WithDefault("P365D")
    Duration expireAfter();

    /** GET /api/me/points shows as "expiring soon" what expires within this period. */
    @WithDefault("P30D")
    Duration expiringSoonWithin();

    /** Most accounts one run of the expiry job handles. */
    @WithDefault("500")
    int expiryBatchSize();
}
