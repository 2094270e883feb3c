package io.bazaar.members.favourite.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.bazaar.members.favourite.service.FavouriteService.ListedShop;

/** A favourite shop: how many products it has for sale and its newest ones. */
public record FavouriteShopView(UUID merchantId, long productCount, boolean open, List<ShopProductView> newestProducts,
        Instant favouritedAt) {

    public static FavouriteShopView of(ListedShop listed) {
        return new FavouriteShopView(listed.favourite().merchantId(), listed.summary().visibleProducts(),
                listed.summary().open(), listed.newest().stream().map(ShopProductView::of).toList(),
                listed.favourite().createdAt());
    }
}
