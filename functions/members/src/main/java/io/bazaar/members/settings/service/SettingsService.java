package io.bazaar.members.settings.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.settings.repository.SettingsRepository;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * What the shopper wants to hear about beyond the inbox: price drops by e-mail, to the address they sign in with when
 * they opt in (the token's login; accounts that sign in by phone have none to offer).
 */
@ApplicationScoped
public class SettingsService {

    private final SettingsRepository settings;
    private final Clock clock;

    SettingsService(SettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The address price drops go to, or null when the shopper has not opted in. */
    public Uni<String> priceDropEmail(UUID accountId) {
        return settings.priceDropEmail(accountId);
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
