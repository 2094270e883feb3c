package io.bazaar.reviews.review.service;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.ratelimit.RateLimit;
import io.bazaar.platform.ratelimit.RateLimiter;
import io.bazaar.reviews.ReviewsConfig;
import io.smallrye.mutiny.Uni;

/** How many review writes one account may make per hour (platform RateLimiter, across every instance); 429 beyond. */
@ApplicationScoped
public class WriteLimits {

    private final RateLimiter limiter;
    private final RateLimit shopperWrites;
    private final RateLimit votes;
    private final RateLimit merchantWrites;

    WriteLimits(RateLimiter limiter, ReviewsConfig config) {
        this.limiter = limiter;
        this.shopperWrites = new RateLimit("review-writes", config.writesPerHour(), Duration.ofHours(1));
        this.votes = new RateLimit("review-votes", config.votesPerHour(), Duration.ofHours(1));
        this.merchantWrites = new RateLimit("review-merchant-writes", config.merchantWritesPerHour(), Duration.ofHours(1));
    }

    /** A review written, edited or deleted, or a photo uploaded. */
    public Uni<Void> shopperWrite(UUID accountId) {
        return acquire(shopperWrites, accountId, "reviews, edits and photos");
    }

    public Uni<Void> vote(UUID accountId) {
        return acquire(votes, accountId, "helpful votes");
    }

    /** A reply or report by a merchant's staff member. */
    public Uni<Void> merchantWrite(UUID staffAccountId) {
        return acquire(merchantWrites, staffAccountId, "replies and reports");
    }

    private Uni<Void> acquire(RateLimit limit, UUID accountId, String what) {
        return limiter.tryAcquire(limit, accountId.toString()).map(allowed -> {
            if (!allowed) {
                throw ProblemException.tooManyRequests("review-rate-limited", "At most " + limit.limit() + " " + what
                        + " an hour; try again in " + limiter.retryAfter(limit).toMinutes() + " minutes.");
            }
            return null;
        });
    }
}
