package io.bazaar.members.recent.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.recent.service.RecentlyViewedService.Viewed;

/** A recently viewed product with today's lowest price and availability. */
public record RecentProductView(UUID productId, String name, String slug, @Schema(nullable = true) String imageUrl,
        @Schema(nullable = true) Long priceMinor, String currency, boolean inStock, Instant viewedAt) {

    public static RecentProductView of(Viewed viewed) {
        var card = viewed.card();
        return new RecentProductView(card.id(), card.name(), card.slug(), card.imageUrl(), card.lowestPriceMinor(),
                card.currency(), card.inStock(), viewed.view().viewedAt());
    }
}
