package io.bazaar.members.favourite.service;

import java.util.UUID;

/** A shopper whose favourite got cheaper than the price noted for them: from {@code wasMinor} to the new price. */
public record PriceDrop(UUID accountId, long wasMinor) {
}
