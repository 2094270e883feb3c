package io.bazaar.catalog.shop;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.identity.contract.ServiceHours;

/**
 * A shop's public page: who it is (identity's shop card), how many products shoppers may see there and its rating,
 * the sum of its visible products' review aggregates. The products themselves are a catalog search with
 * {@code shop=<merchantId>}.
 */
public record ShopPage(UUID merchantId, String name, @Schema(nullable = true) String logoUrl, String description,
        @Schema(description = "By weekday; a weekday left out is closed") List<ServiceHours> serviceHours,
        @Schema(description = "IANA time zone of the hours") String timeZone, long productCount, long ratingCount,
        @Schema(nullable = true, description = "Average stars to two decimals; null without ratings") BigDecimal ratingAverage) {
}
