package io.bazaar.members.favourite.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.favourite.service.FavouriteService.ListedShop;

/** A favourite shop: its name and logo, how many products it has for sale, its rating and its newest products. */
public record FavouriteShopView(UUID merchantId,
        @Schema(nullable = true, description = "The shop's name; null only if the merchant no longer exists") String name,
        @Schema(nullable = true) String logoUrl, long productCount, boolean open, long ratingCount,
        @Schema(nullable = true) BigDecimal ratingAverage, List<ShopProductView> newestProducts, Instant favouritedAt) {

    public static FavouriteShopView of(ListedShop listed) {
        var shop = listed.shopOrNull();
        return new FavouriteShopView(listed.favourite().merchantId(), shop == null ? null : shop.name(),
                shop == null ? null : shop.logoUrl().orElse(null), listed.summary().visibleProducts(),
                listed.summary().open(), listed.summary().ratingCount(), listed.summary().ratingAverageOrNull(),
                listed.newest().stream().map(ShopProductView::of).toList(), listed.favourite().createdAt());
    }
}
