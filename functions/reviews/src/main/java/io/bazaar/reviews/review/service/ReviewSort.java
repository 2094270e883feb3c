package io.bazaar.reviews.review.service;

import java.util.Locale;
import java.util.Optional;

/** How a product's reviews are ordered: newest first, or most helpful first (then newest). */
public enum ReviewSort {
    NEWEST("r.created_at desc, r.id desc"), HELPFUL("r.helpful_count desc, r.created_at desc, r.id desc");

    private final String orderBy;

    ReviewSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** The SQL order of this sort over reviews aliased r (a constant, never input). */
    public String orderBy() {
        return orderBy;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewSort> of(String parameter) {
        for (ReviewSort sort : values()) {
            if (sort.parameter().equals(parameter)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
