package io.bazaar.reviews.review.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.contract.PurchasedLine;
import io.bazaar.orders.contract.PurchasedLines;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.reviews.review.repository.ReviewRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** What shoppers read: a product's published reviews, their own reviews, and the bought lines still to review. */
@ApplicationScoped
public class ReviewQueries {

    private final Pool pool;
    private final ReviewRepository reviews;
    private final ReviewDetailsLoader details;
    private final PurchasedLines purchases;

    ReviewQueries(Pool pool, ReviewRepository reviews, ReviewDetailsLoader details, PurchasedLines purchases) {
        this.pool = pool;
        this.reviews = reviews;
        this.details = details;
        this.purchases = purchases;
    }

    public Uni<Page<ReviewDetails>> ofProduct(UUID productId, ReviewFilter filter, PageRequest page) {
        return reviews.ofProduct(pool, productId, filter, page).chain(found -> details.of(pool, found));
    }

    public Uni<Page<ReviewDetails>> mine(UUID accountId, PageRequest page) {
        return reviews.ofAccount(pool, accountId, page).chain(found -> details.of(pool, found));
    }

    public Uni<ReviewDetails> mine(UUID accountId, UUID id) {
        return reviews.find(pool, id).chain(review -> {
            if (review == null || !review.accountId().equals(accountId)) {
                throw ReviewService.notFound();
            }
            return details.of(pool, review);
        });
    }

    /** The lines of the shopper's received orders that have no review yet, newest delivery first. */
    public Uni<Page<PurchasedLine>> toReview(UUID accountId, PageRequest page) {
        return reviews.reviewedLines(pool, accountId)
                .chain(reviewed -> purchases.received(pool, accountId, reviewed, page));
    }
}
