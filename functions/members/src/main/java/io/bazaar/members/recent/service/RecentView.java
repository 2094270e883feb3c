package io.bazaar.members.recent.service;

import java.time.Instant;
import java.util.UUID;

/** One product a shopper looked at, and when they last did. */
public record RecentView(UUID productId, Instant viewedAt) {
}
