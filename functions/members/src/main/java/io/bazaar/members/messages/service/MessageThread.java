package io.bazaar.members.messages.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation between one shopper and one shop, about one product, one order or nothing in particular.
 *
 * @param productName     the product's name when the thread started (null without a product)
 * @param awaitingReply   the newest message not deleted is the shopper's: the shop has not answered it
 * @param shopperReadUpTo the last message id the shopper has seen (0: none)
 * @param shopReadUpTo    the last message id the shop's staff have seen (0: none)
 */
public record MessageThread(UUID id, UUID accountId, UUID merchantId, UUID productId, String productName,
        String orderNumber, Instant createdAt, Instant lastMessageAt, boolean awaitingReply, long shopperReadUpTo,
        long shopReadUpTo) {
}
