package io.bazaar.reviews.review.rest;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.reviews.image.ReviewImageView;
import io.bazaar.reviews.review.service.ReviewDetails;
import io.bazaar.reviews.review.service.ReviewImage;

/**
 * A review as its writer, the merchant and the platform admins see it: the public review plus its state, the rules
 * that held it, the order line it is about, and any report and moderation decision.
 *
 * @param status PUBLISHED, PENDING (held for an admin) or REJECTED
 * @param heldFor rules that held it: link, banned-word, short-one-star, resubmitted (a rejected review edited)
 */
public record ManagedReviewView(ReviewView review, String status, List<String> heldFor, String orderNumber, int lineNo,
        @Schema(nullable = true) Instant reportedAt, @Schema(nullable = true) String reportReason,
        @Schema(nullable = true) Instant moderatedAt, @Schema(nullable = true) String moderationNote) {

    public static ManagedReviewView of(ReviewDetails d, Function<ReviewImage, ReviewImageView> photo) {
        var r = d.review();
        return new ManagedReviewView(ReviewView.of(d, photo), r.status().name(), r.heldFor(), r.orderNumber(), r.lineNo(),
                r.reportedAt(), r.reportReason(), r.moderatedAt(), r.moderationNote());
    }
}
