package io.bazaar.identity.password;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.identity.account.Login;
import io.bazaar.identity.code.CodeCheck;
import io.bazaar.identity.code.CodeDelivery;
import io.bazaar.identity.code.CodeProblems;
import io.bazaar.identity.code.CodePurpose;
import io.bazaar.identity.code.VerificationCodes;
import io.bazaar.identity.session.SessionService;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Forgotten passwords: a code goes to the login, and the code sets a new password. Every earlier session ends
 * (its refresh tokens and its access tokens stop working at once), since the reason for a reset may be that someone
 * else knew the password.
 */
@ApplicationScoped
public class PasswordResetService {

    private final AccountRepository accounts;
    private final CodeDelivery delivery;
    private final VerificationCodes codes;
    private final PasswordPolicy policy;
    private final PasswordHasher passwords;
    private final Clock clock;
    private final SessionService sessions;

    PasswordResetService(AccountRepository accounts, CodeDelivery delivery, VerificationCodes codes, PasswordPolicy policy,
            PasswordHasher passwords, Clock clock, SessionService sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.delivery = delivery;
        this.codes = codes;
        this.policy = policy;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Sends a reset code if the login has an account; the answer is the same either way. */
    @WithSession
    public Uni<Void> requestCode(String loginText) {
        Login login = Login.require(loginText, "login");
        return accounts.findByLogin(login).chain(account -> account != null
                ? delivery.send(account, CodePurpose.PASSWORD_RESET)
                : delivery.chargeAllowance(login.value(), CodePurpose.PASSWORD_RESET));
    }

    @WithSession
    public Uni<Void> reset(ResetRequest request) {
        Login login = Login.require(request.login(), "login");
        Optional<String> weak = policy.problemWith(request.newPassword(), login);
        if (weak.isPresent()) {
            return Uni.createFrom().failure(ProblemException.invalid(new FieldError("newPassword", weak.get())));
        }
        return accounts.findByLogin(login).chain(account -> account == null
                ? Uni.createFrom().failure(CodeProblems.of(CodeCheck.NONE))
                : codes.check(CodePurpose.PASSWORD_RESET, account.id, request.code()).chain(check -> check == CodeCheck.ACCEPTED
                        ? passwords.hash(request.newPassword()).chain(hash -> Panache.withTransaction(
                                () -> accounts.findById(account.id).invoke(a -> replacePassword(a, hash))))
                                .chain(() -> sessions.endAll(account.id, null))
                        : Uni.createFrom().failure(CodeProblems.of(check))));
    }

    private void replacePassword(Account account, String hash) {
        account.passwordHash = hash;
        account.sessionVersion++;
        account.updatedAt = clock.instant();
    }
}
