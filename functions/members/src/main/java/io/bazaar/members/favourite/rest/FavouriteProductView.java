package io.bazaar.members.favourite.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.favourite.service.FavouriteService.ListedProduct;

/** A favourite product with what the catalog shows of it now. */
public record FavouriteProductView(UUID productId, UUID merchantId, String name, String slug,
        @Schema(nullable = true) String imageUrl,
        @Schema(nullable = true, description = "Lowest SKU price now, minor units") Long priceMinor, String currency,
        boolean inStock,
        @Schema(description = "Approved and listed: false once the product is no longer for sale") boolean available,
        @Schema(nullable = true, description = "Lowest price when favourited or last noticed cheaper, minor units") Long notedPriceMinor,
        Instant favouritedAt) {

    public static FavouriteProductView of(ListedProduct listed) {
        var card = listed.card();
        return new FavouriteProductView(card.id(), card.merchantId(), card.name(), card.slug(), card.imageUrl(),
                card.lowestPriceMinor(), card.currency(), card.inStock(), card.visible(),
                listed.favourite().notedPriceMinor(), listed.favourite().createdAt());
    }
}
