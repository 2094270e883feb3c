package io.bazaar.catalog.contract;

import java.util.List;
import java.util.UUID;

/**
 * A merchant's shop as shoppers see it: how many of its products they may see, and the newest few of them.
 *
 * @param newestProductIds up to {@link CatalogShops#NEWEST} visible products, newest listed first
 */
public record ShopSummary(UUID merchantId, long visibleProducts, List<UUID> newestProductIds) {

    /** A shop exists for shoppers while it has something they may see. */
    public boolean open() {
        return visibleProducts > 0;
    }
}
