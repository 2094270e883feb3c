package io.bazaar.reviews.review.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A buyer's review of one order line, as stored.
 *
 * @param heldFor the moderation rules that held it (empty when none did)
 * @param reportedAt when the merchant reported it, while no admin has decided (null otherwise)
 */
public record Review(UUID id, UUID accountId, String authorName, String orderNumber, int lineNo, UUID productId,
        UUID merchantId, UUID skuId, String productName, String skuAttributesJson, int stars, String title, String text,
        ReviewStatus status, List<String> heldFor, int imageCount, int helpfulCount, Instant reportedAt,
        String reportReason, Instant moderatedAt, String moderationNote, Instant createdAt, Instant updatedAt) {

    /** The stars it adds to the product's aggregate now (null: none). */
    public Integer countedStars() {
        return status.countedStars(stars);
    }
}
