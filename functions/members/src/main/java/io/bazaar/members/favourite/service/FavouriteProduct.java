package io.bazaar.members.favourite.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A product on a shopper's favourites list.
 *
 * @param notedPriceMinor the lowest price when it was favourited or its last price-drop notice went out (null: it had none)
 */
public record FavouriteProduct(UUID accountId, UUID productId, UUID merchantId, Long notedPriceMinor, String currency,
        Instant createdAt) {
}
