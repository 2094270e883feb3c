package io.bazaar.members.settings.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.settings.repository.SettingsRepository;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * What the shopper wants to hear about beyond the inbox: price drops by e-mail, to the address they sign in with when
 * they opt in (the token's login; accounts that sign in by phone have none to offer); replies from shops by e-mail or
 * SMS, unless they turn it off.
 */
@ApplicationScoped
public class SettingsService {

    private final SettingsRepository settings;
    private final Pool pool;
    private final Clock clock;

    SettingsService(SettingsRepository settings, Pool pool, Clock clock) {
        this.settings = settings;
        this.pool = pool;
        this.clock = clock;
    }

    /** The address price drops go to, or null when the shopper has not opted in. */
    public Uni<String> priceDropEmail(UUID accountId) {
        return settings.priceDropEmail(accountId);
    }

    /** Whether replies from shops also go out by e-mail or SMS. */
    public Uni<Boolean> messageNotices(UUID accountId) {
        return settings.messageNotices(pool, accountId);
    }

    /**
     * Changes the named settings (null: as it is; at least one is named, else 400), price drops first: a phone-only
     * login asking for price-drop e-mails is refused (422) before anything changes.
     */
    public Uni<Void> change(UUID accountId, Boolean priceDropEmail, Boolean messageNotices, String login) {
        if (priceDropEmail == null && messageNotices == null) {
            throw ProblemException.invalid(new FieldError("priceDropEmail", "is required (or messageNotices)"));
        }
        Uni<Void> prices = priceDropEmail == null ? Uni.createFrom().voidItem()
                : setPriceDropEmail(accountId, priceDropEmail, login).replaceWithVoid();
        return prices.chain(() -> messageNotices == null ? Uni.createFrom().voidItem()
                : settings.setMessageNotices(accountId, messageNotices, clock.instant()));
    }

    /** Opts in (with the login, which must be an e-mail address) or out; completes with the address now in use. */
    public Uni<String> setPriceDropEmail(UUID accountId, boolean wanted, String login) {
        if (!wanted) {
            return settings.setPriceDropEmail(accountId, null, clock.instant()).replaceWith((String) null);
        }
        if (login == null || !login.contains("@")) {
            throw ProblemException.unprocessable("no-email-address",
                    "Price drops by e-mail need an account that signs in with an e-mail address.");
        }
        return settings.setPriceDropEmail(accountId, login, clock.instant()).replaceWith(login);
    }
}
