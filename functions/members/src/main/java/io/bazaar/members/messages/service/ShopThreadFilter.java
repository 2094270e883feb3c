package io.bazaar.members.messages.service;

import java.time.Instant;
import java.util.UUID;

/**
 * Which of the shop's threads to list (unanswered first, then the most recent activity): every part is optional.
 *
 * @param fromOrNull  threads with a message at or after this instant
 * @param untilOrNull threads whose newest message is before this instant
 * @param unreadOnly  only threads with shopper messages the staff have not seen
 */
public record ShopThreadFilter(UUID productIdOrNull, String orderNumberOrNull, Instant fromOrNull, Instant untilOrNull,
        boolean unreadOnly) {
}
