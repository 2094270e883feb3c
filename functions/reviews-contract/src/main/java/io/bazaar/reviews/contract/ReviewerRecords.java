package io.bazaar.reviews.contract;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What the reviews area holds about a reviewer as a person, for identity's account deletion. Erasure keeps each review's
 * stars, title and text (so every product's rating aggregate in the catalog stays exact and other shoppers keep the
 * opinion) but not who wrote it: the author name is removed and the review marked {@code author_erased} (a marker, not
 * words: readers show "Deleted account" in their reader's language, see {@link PublishedReview#authorErased()}), and the
 * review's photos are detached (they may show the person or their home), so the area's {@code review-photo-cleanup}
 * job deletes their rows and S3 objects like any unused upload. The reviewer's pending uploads go the same way, and
 * the e-mail/SMS notices of merchant replies queued for them (their address) are deleted.
 */
@ApplicationScoped
public class ReviewerRecords {

    /** What erasure changed, for the caller's log. */
    public record Erased(int reviews, int photos) {
    }

    private static final String DETACH_PHOTOS = """
            update review_images set review_id = null
             where review_id in (select id from reviews where account_id = $1)""";

    private static final String DROP_NOTICES = """
            delete from review_notices
             where review_id in (select id from reviews where account_id = $1)""";

    private static final String ANONYMISE_REVIEWS = """
            update reviews set author_name = null, author_erased = true, image_count = 0
             where account_id = $1 and (not author_erased or image_count <> 0)""";

    /** Erases the reviewer's personal data from the reviews area, in the caller's transaction; safe to repeat. */
    public Uni<Erased> erase(SqlClient tx, UUID accountId) {
        return tx.preparedQuery(DETACH_PHOTOS).execute(Tuple.of(accountId))
                .call(() -> tx.preparedQuery(DROP_NOTICES).execute(Tuple.of(accountId)))
                .chain(photos -> tx.preparedQuery(ANONYMISE_REVIEWS).execute(Tuple.of(accountId))
                        .map(reviews -> new Erased(reviews.rowCount(), photos.rowCount())));
    }
}
