package io.bazaar.reviews.review.service;

import java.time.Instant;
import java.util.UUID;

/** A photo a shopper uploaded for a review: PENDING until the stored object is checked, READY after. */
public record ReviewImage(UUID id, UUID accountId, UUID reviewIdOrNull, String objectKey, String contentType,
        int sizeBytes, Integer width, Integer height, String status, int position, Instant createdAt) {

    public boolean ready() {
        return "READY".equals(status);
    }
}
