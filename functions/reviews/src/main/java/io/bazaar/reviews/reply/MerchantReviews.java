package io.bazaar.reviews.reply;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.contract.Inbox;
import io.bazaar.members.contract.InboxKind;
import io.bazaar.members.contract.InboxMessage;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.reviews.review.repository.ReviewRepository;
import io.bazaar.reviews.review.service.Reply;
import io.bazaar.reviews.review.service.Review;
import io.bazaar.reviews.review.service.ReviewDetails;
import io.bazaar.reviews.review.service.ReviewDetailsLoader;
import io.bazaar.reviews.review.service.ReviewStatus;
import io.bazaar.reviews.review.service.WriteLimits;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * What a merchant does with the reviews of its products: read them, reply once (and edit that reply), report one to
 * the platform admins. A merchant never deletes or changes a review; another merchant's review is not found.
 */
@ApplicationScoped
public class MerchantReviews {

    private final Pool pool;
    private final ReviewRepository reviews;
    private final ReviewDetailsLoader details;
    private final ReplyNotices notices;
    private final WriteLimits limits;
    private final Inbox inbox;
    private final Clock clock;

    MerchantReviews(Pool pool, ReviewRepository reviews, ReviewDetailsLoader details, ReplyNotices notices,
            WriteLimits limits, Inbox inbox, Clock clock) {
        this.pool = pool;
        this.reviews = reviews;
        this.details = details;
        this.notices = notices;
        this.limits = limits;
        this.inbox = inbox;
        this.clock = clock;
    }

    public Uni<Page<ReviewDetails>> list(UUID merchantId, UUID productIdOrNull, PageRequest page) {
        return reviews.ofMerchant(pool, merchantId, productIdOrNull, page).chain(found -> details.of(pool, found));
    }

    /** Writes the reply, or replaces the merchant's earlier one; the reviewer hears of the first reply (in its transaction). */
    public Uni<ReviewDetails> reply(UUID merchantId, UUID staffAccountId, UUID reviewId, ReplyInput input) {
        Instant now = clock.instant();
        Reply reply = new Reply(reviewId, merchantId, staffAccountId, input.text().strip(), now, now);
        return limits.merchantWrite(staffAccountId).chain(() -> pool.withTransaction(tx -> published(tx, merchantId, reviewId)
                .chain(review -> reviews.saveReply(tx, reply)
                        .call(first -> first ? inbox.post(tx, replyNotice(review))
                                .chain(() -> notices.merchantReplied(tx, review, reply, now)) : Uni.createFrom().voidItem())
                        .chain(() -> details.of(tx, review)))));
    }

    /**
     * The reviewer's in-app notice of the first reply, posted with the reply (members' words: review.replied); its
     * e-mail or SMS is queued with it by {@link ReplyNotices}.
     */
    private static InboxMessage replyNotice(Review review) {
        String product = review.productName().length() > 200 ? review.productName().substring(0, 200) : review.productName();
        return InboxMessage.of(review.accountId(), InboxKind.REVIEW_REPLY, "review.replied",
                Map.of("product", product, "productId", review.productId().toString()), "/product/" + review.productId());
    }

    /** Reports the review to the platform admins; it stays visible until one of them decides. */
    public Uni<ReviewDetails> report(UUID merchantId, UUID staffAccountId, UUID reviewId, ReportInput input) {
        return limits.merchantWrite(staffAccountId).chain(() -> pool.withTransaction(tx -> published(tx, merchantId, reviewId)
                .chain(review -> {
                    if (review.reportedAt() != null) {
                        throw ProblemException.conflict("already-reported", "This review waits for an admin already.");
                    }
                    Instant now = clock.instant();
                    return reviews.report(tx, reviewId, now, input.reason().strip(), staffAccountId)
                            .chain(() -> reviews.find(tx, reviewId)).chain(updated -> details.of(tx, updated));
                })));
    }

    private Uni<Review> published(SqlClient tx, UUID merchantId, UUID reviewId) {
        return reviews.lock(tx, reviewId).map(review -> {
            if (review == null || !review.merchantId().equals(merchantId) || review.status() != ReviewStatus.PUBLISHED) {
                throw ProblemException.notFound("review-not-found", "None of your products has such a review.");
            }
            return review;
        });
    }
}
