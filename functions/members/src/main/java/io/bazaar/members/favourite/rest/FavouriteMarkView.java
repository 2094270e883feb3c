package io.bazaar.members.favourite.rest;

import java.util.UUID;

import io.bazaar.members.favourite.service.FavouriteService.Mark;

/** Whether a product (and its seller's shop) is among the shopper's favourites: the hearts on tiles and pages. */
public record FavouriteMarkView(UUID productId, UUID merchantId, boolean favourite, boolean shopFavourite) {

    public static FavouriteMarkView of(Mark mark) {
        return new FavouriteMarkView(mark.productId(), mark.merchantId(), mark.favourite(), mark.shopFavourite());
    }
}
