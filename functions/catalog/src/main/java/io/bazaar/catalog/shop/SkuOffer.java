package io.bazaar.catalog.shop;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A buyable combination as shoppers see it: its attribute values, price, stock and picture, and the price verified
 * members pay (null: none; checkout applies it only to a verified shopper's token).
 */
public record SkuOffer(UUID id, Map<String, String> attributes, long priceMinor, int stock, boolean available,
        @Schema(nullable = true) String image, @Schema(nullable = true) Long memberPriceMinor) {
}
