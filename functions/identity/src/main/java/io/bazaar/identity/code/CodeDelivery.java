package io.bazaar.identity.code;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.Login;
import io.bazaar.platform.notify.EmailSender;
import io.bazaar.platform.notify.SmsSender;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.ratelimit.RateLimit;
import io.bazaar.platform.ratelimit.RateLimiter;
import io.smallrye.mutiny.Uni;

/**
 * Issues a code and sends it to the account's email (SES) or phone (SMS via SNS), at most once a minute and five
 * times an hour per account and purpose, so nobody can flood someone's inbox or run up an SMS bill.
 */
@ApplicationScoped
public class CodeDelivery {

    private static final Logger LOG = Logger.getLogger(CodeDelivery.class);
    static final RateLimit PER_MINUTE = new RateLimit("code-send-minute", 1, Duration.ofMinutes(1));
    static final RateLimit PER_HOUR = new RateLimit("code-send-hour", 5, Duration.ofHours(1));

    private final VerificationCodes codes;
    private final RateLimiter limiter;
    private final EmailSender email;
    private final SmsSender sms;
    private final IdentityConfig config;

    CodeDelivery(VerificationCodes codes, RateLimiter limiter, EmailSender email, SmsSender sms, IdentityConfig config) {
        this.codes = codes;
        this.limiter = limiter;
        this.email = email;
        this.sms = sms;
        this.config = config;
    }

    /** Sends a fresh code, or fails with 429 when the account asked too often. */
    public Uni<Void> send(Account account, CodePurpose purpose) {
        return chargeAllowance(account.login(), purpose)
                .chain(() -> codes.issue(purpose, account.id))
                .chain(code -> deliver(account, purpose, code));
    }

    /**
     * Sends a fresh code bound to a new address, to that address (not to the account's current login), within the
     * same allowance per account and purpose.
     */
    public Uni<Void> sendTo(UUID accountId, Login to, CodePurpose purpose) {
        return chargeAllowance(accountId.toString(), purpose)
                .chain(() -> codes.issue(purpose, accountId, to.value()))
                .chain(code -> {
                    String text = text(purpose, code);
                    Uni<String> sent = to.isEmail()
                            ? email.send(to.value(), "Your Bazaar " + purpose.noun() + ": " + code, text)
                            : sms.send(to.value(), text);
                    return sent.invoke(id -> LOG.debugf("Sent %s for account %s as %s", purpose, accountId, id)).replaceWithVoid();
                });
    }

    /**
     * Sends an invitation code to join a shop, by email or SMS like every other code and within the same allowance
     * per login; the code and its expiry are the invitation's.
     */
    public Uni<Void> sendInvitation(Login to, String shopName, String code, Instant expiresAt) {
        CodePurpose purpose = CodePurpose.INVITATION;
        return chargeAllowance(to.value(), purpose).chain(() -> {
            String text = "You are invited to join " + shopName + " on Bazaar. Your " + purpose.noun() + " is " + code
                    + ". Accept it before " + DateTimeFormatter.ISO_INSTANT.format(expiresAt.truncatedTo(ChronoUnit.MINUTES))
                    + " at " + config.invitationPage() + ". If you did not expect this, ignore this message.";
            Uni<String> sent = to.isEmail()
                    ? email.send(to.value(), "Your Bazaar " + purpose.noun() + " for " + shopName, text)
                    : sms.send(to.value(), text);
            return sent.invoke(id -> LOG.debugf("Sent %s to %s as %s", purpose, to.masked(), id)).replaceWithVoid();
        });
    }

    /**
     * Counts a request for a code against the login's allowance, 429 when used up. Also called for logins that have
     * no account, so the answers do not reveal which logins exist.
     */
    public Uni<Void> chargeAllowance(String login, CodePurpose purpose) {
        String key = purpose.name() + "#" + login;
        return limiter.tryAcquire(PER_MINUTE, key)
                .chain(ok -> ok ? limiter.tryAcquire(PER_HOUR, key) : Uni.createFrom().item(false))
                .chain(ok -> ok ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(ProblemException.tooManyRequests("code-rate-limited",
                                "A code was sent recently. Wait a minute before asking again (at most 5 an hour).")));
    }

    private Uni<Void> deliver(Account account, CodePurpose purpose, String code) {
        String text = text(purpose, code);
        Uni<String> sent = account.email != null
                ? email.send(account.email, "Your Bazaar " + purpose.noun() + ": " + code, text)
                : sms.send(account.phone, text);
        return sent.invoke(id -> LOG.debugf("Sent %s to account %s as %s", purpose, account.id, id)).replaceWithVoid();
    }

    private String text(CodePurpose purpose, String code) {
        return "Your Bazaar " + purpose.noun() + " is " + code + ". Use it within " + config.codeTtl().toMinutes()
                + " minutes to " + purpose.use() + ". If this was not you, ignore this message.";
    }
}
