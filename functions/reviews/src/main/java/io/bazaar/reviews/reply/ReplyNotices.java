package io.bazaar.reviews.reply;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.identity.contract.AccountDirectory;
import io.bazaar.platform.notify.EmailSender;
import io.bazaar.platform.notify.SmsSender;
import io.bazaar.reviews.review.service.Reply;
import io.bazaar.reviews.review.service.Review;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Tells a reviewer that the merchant replied: an e-mail (or a text message to an account with a phone only) sent
 * once the reply is committed. A failure to send is logged and does not undo the reply: the reply is on the review
 * page either way, and the notice is a courtesy, not a record.
 */
@ApplicationScoped
public class ReplyNotices {

    private static final Logger LOG = Logger.getLogger(ReplyNotices.class);

    private final Pool pool;
    private final AccountDirectory accounts;
    private final EmailSender email;
    private final SmsSender sms;

    ReplyNotices(Pool pool, AccountDirectory accounts, EmailSender email, SmsSender sms) {
        this.pool = pool;
        this.accounts = accounts;
        this.email = email;
        this.sms = sms;
    }

    public Uni<Void> merchantReplied(Review review, Reply reply) {
        String subject = "The seller replied to your review of " + review.productName();
        String text = "Your review \"" + review.title() + "\" of " + review.productName() + " has a reply from the seller:\n\n"
                + reply.text() + "\n";
        return accounts.find(pool, review.accountId()).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            var card = found.get();
            if (card.email().isPresent()) {
                return email.send(card.email().get(), subject, text).replaceWithVoid();
            }
            if (card.phone().isPresent()) {
                return sms.send(card.phone().get(), subject).replaceWithVoid();
            }
            return Uni.createFrom().voidItem();
        }).onFailure().recoverWithUni(e -> {
            LOG.warnf(e, "Could not tell the author of review %s about the merchant's reply", review.id());
            return Uni.createFrom().voidItem();
        });
    }
}
