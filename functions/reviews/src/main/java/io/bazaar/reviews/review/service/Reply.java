package io.bazaar.reviews.review.service;

import java.time.Instant;
import java.util.UUID;

/** The merchant's one reply to a review. */
public record Reply(UUID reviewId, UUID merchantId, UUID staffAccountId, String text, Instant createdAt,
        Instant updatedAt) {
}
