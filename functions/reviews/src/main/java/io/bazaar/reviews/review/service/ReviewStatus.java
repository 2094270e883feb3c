package io.bazaar.reviews.review.service;

/** Where a review stands: shown to everyone and counted, held for a platform admin, or rejected (hidden). */
public enum ReviewStatus {
    PUBLISHED, PENDING, REJECTED;

    /** The stars this review adds to its product's aggregate in this state: only published reviews count. */
    public Integer countedStars(int stars) {
        return this == PUBLISHED ? stars : null;
    }
}
