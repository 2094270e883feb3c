package io.bazaar.reviews.review.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.reviews.image.ReviewImageView;
import io.bazaar.reviews.review.service.ReviewDetails;
import io.bazaar.reviews.review.service.ReviewImage;

/**
 * A review as anyone may read it: stars, title and text (plain text: clients render it as text, never as HTML), the
 * reviewer's public name, the SKU bought, photos, helpful votes and the merchant's reply. A deleted account's review has
 * no name: {@code authorErased} is true and clients show "Deleted account" in their reader's language.
 */
public record ReviewView(UUID id, UUID productId, String productName, int stars, String title, String text,
        @Schema(nullable = true, description = "The reviewer's public name; null when the account was deleted")
        String authorName,
        @Schema(description = "The reviewer deleted their account: show a neutral name in the reader's language")
        boolean authorErased, Map<String, String> skuAttributes, List<ReviewImageView> images, int helpfulCount,
        @Schema(nullable = true) ReplyView reply, Instant createdAt, Instant updatedAt) {

    public static ReviewView of(ReviewDetails d, Function<ReviewImage, ReviewImageView> photo) {
        var r = d.review();
        return new ReviewView(r.id(), r.productId(), r.productName(), r.stars(), r.title(), r.text(), r.authorName(),
                r.authorName() == null, SkuAttributes.of(r.skuAttributesJson()), d.images().stream().map(photo).toList(), r.helpfulCount(),
                d.replyOrNull() == null ? null : ReplyView.of(d.replyOrNull()), r.createdAt(), r.updatedAt());
    }
}
