package io.bazaar.orders.shipping.service;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a merchant charges for shipping one order: a flat fee, overridden per country or per country and region, and
 * nothing once the goods (after discounts) reach the free-above threshold.
 */
public record ShippingRule(UUID merchantId, @Schema(nullable = true) String currency, long flatFeeMinor,
        @Schema(nullable = true) Long freeAboveMinor, List<RegionFee> regions) {

    /** A fee for a whole country (empty region) or one region of it. */
    public record RegionFee(String country, String region, long feeMinor) {
    }

    /** The fee for goods worth {@code goodsMinor} shipped to the country and region. */
    public long feeFor(String country, String region, long goodsMinor) {
        if (freeAboveMinor != null && goodsMinor >= freeAboveMinor) {
            return 0;
        }
        String wanted = region == null ? "" : region.strip();
        return regions.stream().filter(r -> r.country().equals(country) && r.region().equalsIgnoreCase(wanted))
                .findFirst()
                .or(() -> regions.stream().filter(r -> r.country().equals(country) && r.region().isEmpty()).findFirst())
                .map(RegionFee::feeMinor).orElse(flatFeeMinor);
    }
}
