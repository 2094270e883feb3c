package io.bazaar.catalog.merchant;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.ProductStatus;

/** The one rule for changed content (text, SKUs, images): what shoppers see again has to pass review. */
@ApplicationScoped
public class ContentChanges {

    private final Clock clock;

    ContentChanges(Clock clock) {
        this.clock = clock;
    }

    /** An approved or waiting product goes (back) to the end of the review queue; drafts and rejected ones stay. */
    public void sendBackToReview(Product product) {
        if (product.status == ProductStatus.APPROVED || product.status == ProductStatus.PENDING_REVIEW) {
            product.status = ProductStatus.PENDING_REVIEW;
            product.submittedAt = clock.instant();
        }
    }
}
