package io.bazaar.members.favourite.rest;

/** How many products and shops the shopper has among the favourites. */
public record FavouriteCounts(long products, long shops) {
}
