package io.bazaar.identity.password;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.identity.account.Login;
import io.bazaar.identity.session.SessionService;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * A signed-in person changes their password: the current one is required (a borrowed unlocked device is not enough),
 * and every other session ends at once, refresh and access tokens alike; the session that changed it goes on.
 */
@ApplicationScoped
public class PasswordChangeService {

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordHasher passwords;
    private final SessionService sessions;
    private final Clock clock;

    PasswordChangeService(AccountRepository accounts, PasswordPolicy policy, PasswordHasher passwords,
            SessionService sessions, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
    }

    @WithSession
    public Uni<Void> change(UUID accountId, String currentSessionId, PasswordChange change) {
        return accounts.findById(accountId).chain(account -> {
            if (account == null || !account.maySignIn()) {
                throw ProblemException.notFound("account-not-found", "The account of this token no longer exists.");
            }
            return requireCurrentPassword(account, change.currentPassword()).chain(() -> {
                Login login = Login.parse(account.login()).orElseThrow();
                policy.problemWith(change.newPassword(), login).ifPresent(problem -> {
                    throw ProblemException.invalid(new FieldError("newPassword", problem));
                });
                return passwords.hash(change.newPassword());
            }).chain(hash -> Panache.withTransaction(() -> accounts.findById(accountId).invoke(a -> {
                a.passwordHash = hash;
                a.updatedAt = clock.instant();
            }))).chain(() -> sessions.endAll(accountId, currentSessionId));
        });
    }

    /**
     * Fails with 422 {@code wrong-password} unless the password is the account's: re-authentication before changing
     * the password, or deleting the account. Field "currentPassword" or "password", as the request names it.
     */
    public Uni<Void> requireCurrentPassword(Account account, String password) {
        return passwords.matches(password, account.passwordHash).map(matches -> {
            if (!matches) {
                throw ProblemException.unprocessable("wrong-password", "The current password is wrong.");
            }
            return null;
        });
    }
}
