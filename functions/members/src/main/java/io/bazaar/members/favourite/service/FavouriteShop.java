package io.bazaar.members.favourite.service;

import java.time.Instant;
import java.util.UUID;

/** A shop (merchant) on a shopper's favourites list. */
public record FavouriteShop(UUID accountId, UUID merchantId, Instant createdAt) {
}
