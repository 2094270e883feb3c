package io.bazaar.catalog.shop;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How product views are counted in DynamoDB and rolled up into product_stats.view_count. */
@ConfigMapping(prefix = "bazaar.catalog.views")
public interface ViewCountingConfig {

    /** How many index items spread the ids of products with pending views (more shards, more write throughput). */
    @WithDefault("16")
    int indexShards();

    /** How long the per-day view counters are kept for statistics. */
    @WithDefault("90")
    int keepDays();
}
