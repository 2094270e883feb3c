package io.bazaar.reviews.moderation;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.contract.ProductCounters;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.reviews.review.repository.ReviewRepository;
import io.bazaar.reviews.review.service.Review;
import io.bazaar.reviews.review.service.ReviewDetails;
import io.bazaar.reviews.review.service.ReviewDetailsLoader;
import io.bazaar.reviews.review.service.ReviewStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Platform admins decide on what the rules held and what merchants reported: approve (published, counted; a report is
 * dismissed) or reject (hidden, not counted). The aggregate moves by the difference in the same transaction.
 */
@ApplicationScoped
public class ReviewModeration {

    private final Pool pool;
    private final ReviewRepository reviews;
    private final ReviewDetailsLoader details;
    private final ProductCounters counters;
    private final Clock clock;

    ReviewModeration(Pool pool, ReviewRepository reviews, ReviewDetailsLoader details, ProductCounters counters,
            Clock clock) {
        this.pool = pool;
        this.reviews = reviews;
        this.details = details;
        this.counters = counters;
        this.clock = clock;
    }

    /** Held reviews (oldest first), or reported ones (oldest report first). */
    public Uni<Page<ReviewDetails>> queue(boolean reported, PageRequest page) {
        return reviews.queue(pool, reported, page).chain(found -> details.of(pool, found));
    }

    public Uni<ReviewDetails> approve(UUID adminId, UUID id, String note) {
        return decide(adminId, id, ReviewStatus.PUBLISHED, note);
    }

    public Uni<ReviewDetails> reject(UUID adminId, UUID id, String note) {
        return decide(adminId, id, ReviewStatus.REJECTED, note);
    }

    private Uni<ReviewDetails> decide(UUID adminId, UUID id, ReviewStatus to, String note) {
        return pool.withTransaction(tx -> reviews.lock(tx, id).chain(before -> {
            if (before == null) {
                throw ProblemException.notFound("review-not-found", "There is no such review.");
            }
            if (before.status() != ReviewStatus.PENDING && before.reportedAt() == null) {
                throw ProblemException.conflict("nothing-to-moderate", "This review is neither held nor reported.");
            }
            String cleanNote = note == null || note.isBlank() ? null : note.strip();
            return reviews.moderate(tx, id, to, clock.instant(), adminId, cleanNote)
                    .chain(() -> counters.changeRating(tx, before.productId(), before.countedStars(), to.countedStars(before.stars())))
                    .chain(() -> reviews.find(tx, id)).chain((Review after) -> details.of(tx, after));
        }));
    }
}
