package io.bazaar.identity.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.identity.account.AccountStatus;
import io.bazaar.identity.account.Login;
import io.bazaar.identity.code.CodeCheck;
import io.bazaar.identity.code.CodeDelivery;
import io.bazaar.identity.code.CodePurpose;
import io.bazaar.identity.code.CodeProblems;
import io.bazaar.identity.code.CodeRequest;
import io.bazaar.identity.code.VerificationCodes;
import io.bazaar.identity.password.PasswordHasher;
import io.bazaar.identity.password.PasswordPolicy;
import io.bazaar.platform.persistence.DatabaseErrors;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Sign-up and activation: an account exists from registration on, and may buy once its code is confirmed. */
@ApplicationScoped
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class);

    private final AccountRepository accounts;
    private final PasswordHasher passwords;
    private final PasswordPolicy policy;
    private final CodeDelivery delivery;
    private final VerificationCodes codes;
    private final Clock clock;

    RegistrationService(AccountRepository accounts, PasswordHasher passwords, PasswordPolicy policy, CodeDelivery delivery,
            VerificationCodes codes, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.delivery = delivery;
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * Creates a pending account and sends its activation code. The account is kept even if sending fails (the
     * person can ask for a new code), so an accepted registration is never lost.
     */
    public Uni<Registered> register(RegisterRequest request) {
        Login login = validLogin(request);
        return passwords.hash(request.password())
                .chain(hash -> Panache.withTransaction(() -> create(login, hash, request.displayName())))
                .onFailure(DatabaseErrors::isUniqueViolation).transform(e -> alreadyRegistered())
                .call(account -> delivery.send(account, CodePurpose.ACTIVATION).onFailure().invoke(
                        e -> LOG.warnf(e, "Activation code for new account %s not sent; it can be requested again", account.id))
                        .onFailure().recoverWithNull())
                .map(account -> new Registered(account.id, "pending_activation", login.masked()));
    }

    /** Confirms the activation code; the account may then buy. */
    @WithSession
    public Uni<Void> activate(ActivateRequest request) {
        Login login = Login.require(request.login(), "login");
        return accounts.findByLogin(login).chain(account -> {
            if (account == null) {
                return Uni.createFrom().failure(CodeProblems.of(CodeCheck.NONE));
            }
            if (account.status != AccountStatus.PENDING_ACTIVATION) {
                return Uni.createFrom().failure(ProblemException.conflict("already-activated", "This account is already activated."));
            }
            return codes.check(CodePurpose.ACTIVATION, account.id, request.code()).chain(check -> check == CodeCheck.ACCEPTED
                    ? Panache.withTransaction(() -> accounts.findById(account.id).invoke(this::markActive)).replaceWithVoid()
                    : Uni.createFrom().failure(CodeProblems.of(check)));
        });
    }

    /** Sends a new activation code to a pending account; unknown logins get the same answer and nothing is sent. */
    @WithSession
    public Uni<Void> resendActivation(CodeRequest request) {
        Login login = Login.require(request.login(), "login");
        return accounts.findByLogin(login).chain(account -> account != null && account.status == AccountStatus.PENDING_ACTIVATION
                ? delivery.send(account, CodePurpose.ACTIVATION)
                : delivery.chargeAllowance(login.value(), CodePurpose.ACTIVATION));
    }

    private Uni<Account> create(Login login, String passwordHash, String displayName) {
        return accounts.findByLogin(login).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(alreadyRegistered());
            }
            Account account = new Account();
            account.id = UUID.randomUUID();
            account.email = login.isEmail() ? login.value() : null;
            account.phone = login.isEmail() ? null : login.value();
            account.passwordHash = passwordHash;
            account.displayName = displayName == null ? null : displayName.strip();
            account.status = AccountStatus.PENDING_ACTIVATION;
            account.createdAt = clock.instant();
            account.updatedAt = account.createdAt;
            return accounts.persist(account);
        });
    }

    private void markActive(Account account) {
        account.status = AccountStatus.ACTIVE;
        account.activatedAt = clock.instant();
        account.updatedAt = account.activatedAt;
    }

    private Login validLogin(RegisterRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Login> login = Optional.empty();
        boolean hasEmail = request.email() != null && !request.email().isBlank();
        boolean hasPhone = request.phone() != null && !request.phone().isBlank();
        if (hasEmail == hasPhone) {
            errors.add(new FieldError(hasEmail ? "phone" : "email", "give either an email address or a phone number"));
        } else if (hasEmail) {
            login = Login.email(request.email());
            if (login.isEmpty()) {
                errors.add(new FieldError("email", "must be a valid email address"));
            }
        } else {
            login = Login.phone(request.phone());
            if (login.isEmpty()) {
                errors.add(new FieldError("phone", "must be a valid phone number in E.164 form, e.g. +447700900123"));
            }
        }
        if (login.isPresent()) {
            policy.problemWith(request.password(), login.get()).ifPresent(p -> errors.add(new FieldError("password", p)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
        return login.orElseThrow();
    }

    private static ProblemException alreadyRegistered() {
        return ProblemException.conflict("account-exists", "An account with this login already exists. Sign in or reset the password.");
    }
}
