package io.bazaar.reviews.review.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.contract.ProductCounters;
import io.bazaar.identity.contract.AccountCard;
import io.bazaar.identity.contract.AccountDirectory;
import io.bazaar.orders.contract.PurchasedLine;
import io.bazaar.orders.contract.PurchasedLines;
import io.bazaar.platform.persistence.DatabaseErrors;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.reviews.image.ReviewImageRepository;
import io.bazaar.reviews.image.ReviewImageService;
import io.bazaar.reviews.review.repository.ReviewRepository;
import io.bazaar.reviews.review.rest.ReviewContent;
import io.bazaar.reviews.review.rest.ReviewInput;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.bazaar.statistics.contract.BehaviourEvent;
import io.bazaar.statistics.contract.BehaviourEvents;

/**
 * A buyer writes, edits and deletes their reviews. Each change runs in one transaction with the review row locked,
 * and moves the product's rating aggregate (catalog's ProductCounters) by exactly the difference between the stars it
 * counted before and after, so the aggregate always equals a recount of the published reviews.
 */
@ApplicationScoped
public class ReviewService {

    private final Pool pool;
    private final ReviewRepository reviews;
    private final ReviewImageRepository images;
    private final ReviewImageService imageService;
    private final ReviewDetailsLoader details;
    private final PurchasedLines purchases;
    private final AccountDirectory accounts;
    private final ProductCounters counters;
    private final ModerationRules rules;
    private final WriteLimits limits;
    private final Clock clock;
    private final BehaviourEvents events;

    ReviewService(Pool pool, ReviewRepository reviews, ReviewImageRepository images, ReviewImageService imageService,
            ReviewDetailsLoader details, PurchasedLines purchases, AccountDirectory accounts, ProductCounters counters,
            ModerationRules rules, WriteLimits limits, Clock clock, BehaviourEvents events) {
        this.events = events;
        this.pool = pool;
        this.reviews = reviews;
        this.images = images;
        this.imageService = imageService;
        this.details = details;
        this.purchases = purchases;
        this.accounts = accounts;
        this.counters = counters;
        this.rules = rules;
        this.limits = limits;
        this.clock = clock;
    }

    public Uni<ReviewDetails> create(UUID accountId, ReviewInput input) {
        ReviewContent content = checked(input.content());
        return limits.shopperWrite(accountId).chain(() -> pool.withTransaction(tx -> purchases
                .find(tx, accountId, input.orderNumber().strip(), input.lineNo()).chain(found -> {
                    PurchasedLine line = found.orElseThrow(() -> ProblemException.unprocessable("not-purchased",
                            "Only a buyer can review: you have no such order line."));
                    if (!line.received()) {
                        throw ProblemException.unprocessable("order-not-received",
                                "A product can be reviewed once its order is delivered; this one is " + line.orderStatus() + ".");
                    }
                    return reviews.existsForLine(tx, line.orderNumber(), line.lineNo()).chain(exists -> {
                        if (exists) {
                            throw alreadyReviewed();
                        }
                        return insert(tx, accountId, line, content);
                    });
                }).chain(review -> details.of(tx, review))))
                .onFailure(DatabaseErrors::isUniqueViolation).transform(e -> alreadyReviewed());
    }

    private Uni<Review> insert(SqlClient tx, UUID accountId, PurchasedLine line, ReviewContent content) {
        UUID id = UUID.randomUUID();
        return usableImages(tx, accountId, null, content.images()).chain(photos -> authorName(tx, accountId).chain(author -> {
            List<String> held = rules.holdReasons(content.stars(), content.title(), content.text());
            Instant now = clock.instant();
            Review review = new Review(id, accountId, author, line.orderNumber(), line.lineNo(), line.productId(),
                    line.merchantId(), line.skuId(), line.productName(), line.skuAttributesJson(), content.stars(),
                    content.title(), content.text(), held.isEmpty() ? ReviewStatus.PUBLISHED : ReviewStatus.PENDING,
                    held, photos.size(), 0, null, null, null, null, now, now);
            return reviews.insert(tx, review)
                    .chain(() -> images.setImagesOf(tx, id, photos))
                    .chain(() -> counters.changeRating(tx, review.productId(), null, review.countedStars()))
                    .chain(() -> events.record(tx, BehaviourEvent.reviewWritten(id, accountId, review.merchantId(),
                            review.productId(), review.skuId(), review.stars(), now)))
                    .replaceWith(review);
        }));
    }

    /**
     * An edit goes through the rules again: published when it breaks none, held when it does. A rejected review stays
     * with the admins: edited, it is held again rather than published by the rules alone.
     */
    public Uni<ReviewDetails> edit(UUID accountId, UUID id, ReviewContent input) {
        ReviewContent content = checked(input);
        List<String> removedKeys = new ArrayList<>();
        return limits.shopperWrite(accountId).chain(() -> pool.withTransaction(tx -> own(tx, accountId, id).chain(before ->
                usableImages(tx, accountId, id, content.images()).chain(photos -> authorName(tx, accountId).chain(author -> {
                    List<String> held = new ArrayList<>(rules.holdReasons(content.stars(), content.title(), content.text()));
                    ReviewStatus status = held.isEmpty() && before.status() != ReviewStatus.REJECTED
                            ? ReviewStatus.PUBLISHED : ReviewStatus.PENDING;
                    if (before.status() == ReviewStatus.REJECTED) {
                        held.add("resubmitted");
                    }
                    Review after = new Review(id, accountId, author, before.orderNumber(), before.lineNo(),
                            before.productId(), before.merchantId(), before.skuId(), before.productName(),
                            before.skuAttributesJson(), content.stars(), content.title(), content.text(), status, held,
                            photos.size(), before.helpfulCount(), before.reportedAt(), before.reportReason(), null, null,
                            before.createdAt(), clock.instant());
                    return reviews.updateContent(tx, after)
                            .chain(() -> images.setImagesOf(tx, id, photos)).invoke(removedKeys::addAll)
                            .chain(() -> counters.changeRating(tx, after.productId(), before.countedStars(),
                                    after.countedStars()))
                            .chain(() -> details.of(tx, after));
                })))))
                .call(() -> imageService.deleteObjects(removedKeys));
    }

    /** Deletes the review with its photos, votes and reply; its stars leave the aggregate. */
    public Uni<Void> delete(UUID accountId, UUID id) {
        List<String> keys = new ArrayList<>();
        return limits.shopperWrite(accountId).chain(() -> pool.withTransaction(tx -> own(tx, accountId, id)
                .chain(review -> images.keysOf(tx, id).invoke(keys::addAll)
                        .chain(() -> reviews.delete(tx, id))
                        .chain(() -> counters.changeRating(tx, review.productId(), review.countedStars(), null)))))
                .call(() -> imageService.deleteObjects(keys));
    }

    /** Marks someone else's published review helpful, once per shopper; the new count. */
    public Uni<Integer> markHelpful(UUID accountId, UUID id) {
        return limits.vote(accountId).chain(() -> pool.withTransaction(tx -> reviews.find(tx, id).chain(review -> {
            if (review == null || review.status() != ReviewStatus.PUBLISHED) {
                throw notFound();
            }
            if (review.accountId().equals(accountId)) {
                throw ProblemException.unprocessable("own-review", "You cannot mark your own review helpful.");
            }
            return reviews.addHelpfulVote(tx, id, accountId, clock.instant()).map(added -> {
                if (!added) {
                    throw ProblemException.conflict("already-marked-helpful", "You marked this review helpful already.");
                }
                return review.helpfulCount() + 1;
            });
        })));
    }

    private Uni<Review> own(SqlClient tx, UUID accountId, UUID id) {
        return reviews.lock(tx, id).map(review -> {
            if (review == null || !review.accountId().equals(accountId)) {
                throw notFound();
            }
            return review;
        });
    }

    /** The named photos in the given order, each the account's own and ready; 400 naming the first that is not. */
    private Uni<List<UUID>> usableImages(SqlClient tx, UUID accountId, UUID reviewIdOrNull, List<UUID> ids) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ProblemException.invalid(new FieldError("imageIds", "must name each photo once"));
        }
        return images.lockUsable(tx, accountId, reviewIdOrNull, ids).map(found -> {
            Map<UUID, ReviewImage> byId = found.stream().collect(Collectors.toMap(ReviewImage::id, Function.identity()));
            for (int i = 0; i < ids.size(); i++) {
                if (!byId.containsKey(ids.get(i))) {
                    throw ProblemException.invalid(new FieldError("imageIds[" + i + "]",
                            "is not an uploaded and confirmed photo of yours"));
                }
            }
            return ids;
        });
    }

    private Uni<String> authorName(SqlClient tx, UUID accountId) {
        return accounts.find(tx, accountId).map(card -> card.map(AccountCard::publicName).orElse("***"));
    }

    private static ReviewContent checked(ReviewContent content) {
        String title = content.title().strip();
        String text = content.text().strip();
        return new ReviewContent(content.stars(), title, text, content.images());
    }

    static ProblemException notFound() {
        return ProblemException.notFound("review-not-found", "There is no such review.");
    }

    private static ProblemException alreadyReviewed() {
        return ProblemException.conflict("already-reviewed", "This order line has a review already; edit that one.");
    }
}
