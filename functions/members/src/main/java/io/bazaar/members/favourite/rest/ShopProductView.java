package io.bazaar.members.favourite.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.catalog.contract.ProductCard;

/** A small product card inside a list of the members area (a shop's newest products, recently viewed). */
public record ShopProductView(UUID productId, String name, String slug, @Schema(nullable = true) String imageUrl,
        @Schema(nullable = true) Long priceMinor, String currency, boolean inStock) {

    public static ShopProductView of(ProductCard card) {
        return new ShopProductView(card.id(), card.name(), card.slug(), card.imageUrl(), card.lowestPriceMinor(),
                card.currency(), card.inStock());
    }
}
