package io.bazaar.reviews.reply;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.contract.AccountDirectory;
import io.bazaar.platform.outbox.OutboxMessage;
import io.bazaar.platform.outbox.OutboxTable;
import io.bazaar.reviews.review.service.Reply;
import io.bazaar.reviews.review.service.Review;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Tells a reviewer that the merchant replied: an e-mail (or a text message to an account with a phone only), queued
 * in the area's outbox ({@code review_notices}) in the reply's transaction, so a rolled-back reply sends nothing and a
 * failing send never undoes the reply; the {@code review-notices} job ({@link ReviewNoticesJob}) sends it with retries.
 */
@ApplicationScoped
public class ReplyNotices {

    /** The outbox table, its log reference and the attempts before a notice is given up on. */
    public static final OutboxTable TABLE = new OutboxTable("review_notices", "review_id", 6);

    private final AccountDirectory accounts;

    ReplyNotices(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    /** Queues the notice of the merchant's first reply to the review, in {@code tx}. */
    public Uni<Void> merchantReplied(SqlClient tx, Review review, Reply reply, Instant at) {
        String subject = "The seller replied to your review of " + review.productName();
        String text = "Your review \"" + review.title() + "\" of " + review.productName() + " has a reply from the seller:\n\n"
                + reply.text() + "\n";
        return accounts.find(tx, review.accountId()).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            var card = found.get();
            if (card.email().isPresent()) {
                return insert(tx, review.id(), OutboxMessage.EMAIL, card.email().get(), subject, text, at);
            }
            if (card.phone().isPresent()) {
                return insert(tx, review.id(), OutboxMessage.SMS, card.phone().get(), "", subject, at);
            }
            return Uni.createFrom().voidItem();
        });
    }

    private static Uni<Void> insert(SqlClient tx, UUID reviewId, String channel, String recipient, String subject,
            String body, Instant at) {
        String shortSubject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        return tx.preparedQuery("insert into review_notices (review_id, channel, recipient, subject, body, next_attempt_at, "
                + "created_at) values ($1, $2, $3, $4, $5, $6, $6)")
                .execute(Tuple.from(List.of(reviewId, channel, recipient, shortSubject, body, at.atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }
}
