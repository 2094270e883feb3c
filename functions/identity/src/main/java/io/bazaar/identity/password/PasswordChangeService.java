package io.bazaar.identity.password;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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
 * and every other session ends at once, refresh and access tokens alike; the session that changed it goes on. Wrong
 * current passwords are limited like logins ({@link CurrentPasswordCheck}).
 */
@ApplicationScoped
public class PasswordChangeService {

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordHasher passwords;
    private final CurrentPasswordCheck currentPassword;
    private final SessionService sessions;
    private final Clock clock;

    PasswordChangeService(AccountRepository accounts, PasswordPolicy policy, PasswordHasher passwords,
            CurrentPasswordCheck currentPassword, SessionService sessions, Clock clock) {
        this.currentPassword = currentPassword;
        this.accounts = accounts;
        this.policy = policy;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
    }

    @WithSession
    public Uni<Void> change(UUID accountId, String currentSessionId, PasswordChange change, String clientAddress) {
        return accounts.findById(accountId).chain(account -> {
            if (account == null || !account.maySignIn()) {
                throw ProblemException.notFound("account-not-found", "The account of this token no longer exists.");
            }
            return currentPassword.require(account, change.currentPassword(), clientAddress).chain(() -> {
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
}
