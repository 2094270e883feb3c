package io.bazaar.identity.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.identity.account.Login;
import io.bazaar.identity.merchant.StaffRepository;
import io.bazaar.identity.password.PasswordHasher;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.ratelimit.RateLimit;
import io.bazaar.platform.ratelimit.RateLimiter;
import io.bazaar.platform.security.EndedSessions;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Signing in, refreshing and signing out. Unknown logins and wrong passwords get the same answer after the same
 * work, so the API does not tell which accounts exist; failed logins are limited per login (each try is counted before
 * the password is checked, see {@link FailedLogins}) and tries per client address.
 */
@ApplicationScoped
public class SessionService {

    private final AccountRepository accounts;
    private final StaffRepository staff;
    private final PasswordHasher passwords;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final RateLimiter limiter;
    private final FailedLogins failedLogins;
    private final RateLimit attemptsPerAddress;
    private final EndedSessions ended;

    SessionService(AccountRepository accounts, StaffRepository staff, PasswordHasher passwords, AccessTokens accessTokens,
            RefreshTokens refreshTokens, RateLimiter limiter, FailedLogins failedLogins, IdentityConfig config,
            EndedSessions ended) {
        this.ended = ended;
        this.accounts = accounts;
        this.staff = staff;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.limiter = limiter;
        this.failedLogins = failedLogins;
        this.attemptsPerAddress = new RateLimit("login-address", config.loginAttemptsPerAddress(), config.loginWindow());
    }

    @WithSession
    public Uni<Session> login(String loginText, String password, String clientAddress, SessionDevice device) {
        Login login = Login.parse(loginText).orElse(null);
        String limitKey = login == null ? loginText.trim().toLowerCase() : login.value();
        return limiter.tryAcquire(attemptsPerAddress, clientAddress)
                .chain(allowed -> allowed ? failedLogins.take(limitKey) : Uni.createFrom().item(Optional.<FailedLogins.Try>empty()))
                .chain(taken -> taken.isEmpty()
                        ? Uni.createFrom().failure(ProblemException.tooManyRequests("login-throttled",
                                "Too many sign-in attempts. Try again in a few minutes."))
                        : signIn(login, password, taken.get(), device));
    }

    /** The try stays counted unless the password is right; unknown logins are hashed against the decoy alike. */
    private Uni<Session> signIn(Login login, String password, FailedLogins.Try taken, SessionDevice device) {
        Uni<Account> account = login == null ? Uni.createFrom().nullItem() : accounts.findByLogin(login);
        return account.chain(found -> passwords.matches(password, found == null ? null : found.passwordHash)
                .chain(matches -> matches
                        ? failedLogins.giveBack(taken).chain(() -> start(found, device))
                        : Uni.createFrom().failure(ProblemException.unauthorized("invalid-credentials",
                                "The login or the password is wrong."))));
    }

    /**
     * Starts a session for an account that has just proved itself another way (an accepted invitation's code and the
     * account's password), as a login would: a new refresh-token family and an access token with its staff membership.
     */
    @WithSession
    public Uni<Session> startProven(UUID accountId, SessionDevice device) {
        return accounts.findById(accountId).chain(account -> start(account, device));
    }

    @WithSession
    public Uni<Session> refresh(String refreshToken) {
        return refreshTokens.rotate(refreshToken).chain(rotation -> {
            if (rotation instanceof RefreshTokens.Rotation.Rotated rotated) {
                return accounts.findById(rotated.accountId()).chain(account -> continueSession(account, rotated));
            }
            if (rotation instanceof RefreshTokens.Rotation.Reused) {
                return Uni.createFrom().failure(ProblemException.unauthorized("refresh-token-reused",
                        "This refresh token was already used; every session from that sign-in is now closed."));
            }
            return Uni.createFrom().failure(invalidRefresh());
        });
    }

    /** The account may have been disabled, or its password reset, since the token was issued. */
    private Uni<Session> continueSession(Account account, RefreshTokens.Rotation.Rotated rotated) {
        if (account == null || !account.maySignIn() || account.sessionVersion != rotated.sessionVersion()) {
            return refreshTokens.revoke(rotated.nextToken()).chain(() -> Uni.createFrom().failure(invalidRefresh()));
        }
        return sessionFor(account, rotated.familyId(), rotated.nextToken());
    }

    /** Ends the session of the refresh token: its refresh tokens and its access tokens stop working at once. */
    public Uni<Void> logout(String refreshToken) {
        return refreshTokens.revoke(refreshToken)
                .chain(family -> family.isPresent() ? ended.end(List.of(family.get())) : Uni.createFrom().voidItem());
    }

    /** The account's live sessions, the one of this request marked. */
    public Uni<List<SessionView>> list(UUID accountId, String currentSessionId) {
        return refreshTokens.live(accountId).map(live -> live.stream()
                .map(s -> SessionView.of(s, s.familyId().equals(currentSessionId))).toList());
    }

    /** Ends one of the account's sessions; 404 when it has no such live session. */
    public Uni<Void> end(UUID accountId, String sessionId) {
        return refreshTokens.revokeSession(accountId, sessionId).chain(found -> found
                ? ended.end(List.of(sessionId))
                : Uni.createFrom().failure(ProblemException.notFound("session-not-found", "You have no such session.")));
    }

    /**
     * Ends every session of the account but the kept one (null: all), refresh and access tokens alike; used by
     * "sign out everywhere else", password changes and resets, and account deletion.
     */
    public Uni<Void> endAll(UUID accountId, String keptSessionIdOrNull) {
        return refreshTokens.revokeAll(accountId, keptSessionIdOrNull).chain(ended::end);
    }

    private Uni<Session> start(Account account, SessionDevice device) {
        if (!account.maySignIn()) {
            return Uni.createFrom().failure(ProblemException.forbidden("account-disabled", "This account is disabled."));
        }
        return refreshTokens.startFamily(account.id, account.sessionVersion, device)
                .chain(started -> sessionFor(account, started.familyId(), started.token()));
    }

    private Uni<Session> sessionFor(Account account, String sessionId, String refreshToken) {
        return staff.findById(account.id).map(member -> new Session(sessionId, account, member,
                accessTokens.issue(account, member, sessionId), refreshToken));
    }

    private static ProblemException invalidRefresh() {
        return ProblemException.unauthorized("invalid-refresh-token", "The refresh token is unknown, expired or revoked.");
    }
}
