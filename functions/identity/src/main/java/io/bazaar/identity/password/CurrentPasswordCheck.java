package io.bazaar.identity.password;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.identity.account.Account;
import io.bazaar.identity.session.FailedLogins;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.ratelimit.RateLimit;
import io.bazaar.platform.ratelimit.RateLimiter;
import io.smallrye.mutiny.Uni;

/**
 * Re-authentication of a signed-in person by their current password (changing the password, deleting the account),
 * limited like a login: a stolen access token must not become a way to guess the password. Wrong passwords are
 * limited per account ({@link FailedLogins}: a try is taken before the check and given back when the password is
 * right, so parallel guesses cannot pass the limit) and every check per client address; over either limit the answer
 * is 429 {@code password-check-throttled} with {@code Retry-After}, and the password is not checked at all.
 */
@ApplicationScoped
public class CurrentPasswordCheck {

    private final PasswordHasher passwords;
    private final RateLimiter limiter;
    private final FailedLogins failures;
    private final RateLimit checksPerAddress;

    CurrentPasswordCheck(PasswordHasher passwords, RateLimiter limiter, FailedLogins failures, IdentityConfig config) {
        this.passwords = passwords;
        this.limiter = limiter;
        this.failures = failures;
        // the login's limits and window: as many guesses here as at the sign-in form, never more
        this.checksPerAddress = new RateLimit("password-check-address", config.loginAttemptsPerAddress(), config.loginWindow());
    }

    /**
     * Fails with 422 {@code wrong-password} unless the password is the account's, and with 429 once the account's
     * wrong passwords or the address's checks of this window are used up.
     */
    public Uni<Void> require(Account account, String password, String clientAddress) {
        return limiter.tryAcquire(checksPerAddress, clientAddress)
                .chain(allowed -> allowed ? failures.takeCurrentPassword(account.id)
                        : Uni.createFrom().item(Optional.<FailedLogins.Try>empty()))
                .chain(taken -> {
                    if (taken.isEmpty()) {
                        return Uni.createFrom().failure(ProblemException.tooManyRequests("password-check-throttled",
                                "Too many wrong passwords. Try again in a few minutes.", limiter.retryAfter(checksPerAddress)));
                    }
                    return passwords.matches(password, account.passwordHash).chain(matches -> matches
                            ? failures.giveBack(taken.get())
                            : Uni.createFrom().failure(ProblemException.unprocessable("wrong-password",
                                    "The current password is wrong.")));
                });
    }
}
