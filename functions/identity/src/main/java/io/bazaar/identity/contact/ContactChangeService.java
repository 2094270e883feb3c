package io.bazaar.identity.contact;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.identity.account.Login;
import io.bazaar.identity.code.CodeCheck;
import io.bazaar.identity.code.CodeDelivery;
import io.bazaar.identity.code.CodeProblems;
import io.bazaar.identity.code.VerificationCodes;
import io.bazaar.identity.password.CurrentPasswordCheck;
import io.bazaar.identity.profile.ProfileService;
import io.bazaar.identity.profile.ProfileView;
import io.bazaar.platform.notify.EmailSender;
import io.bazaar.platform.notify.SmsSender;
import io.bazaar.platform.persistence.DatabaseErrors;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Changing the email address or phone number one signs in with: the password first, then a code goes to the NEW
 * address (bound to it), and the change happens when that code comes back. The address must not belong to another
 * account, checked when asked and again (by the unique index) when confirmed. The old address is told, so a
 * change the owner did not make does not go unnoticed.
 */
@ApplicationScoped
public class ContactChangeService {

    private static final Logger LOG = Logger.getLogger(ContactChangeService.class);

    private final AccountRepository accounts;
    private final CurrentPasswordCheck passwords;
    private final CodeDelivery delivery;
    private final VerificationCodes codes;
    private final ProfileService profiles;
    private final EmailSender email;
    private final SmsSender sms;
    private final Clock clock;

    ContactChangeService(AccountRepository accounts, CurrentPasswordCheck passwords, CodeDelivery delivery,
            VerificationCodes codes, ProfileService profiles, EmailSender email, SmsSender sms, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.delivery = delivery;
        this.codes = codes;
        this.profiles = profiles;
        this.email = email;
        this.sms = sms;
        this.clock = clock;
    }

    @WithSession
    public Uni<Void> request(UUID accountId, ContactKind kind, ContactChangeRequest request, String clientAddress) {
        Login next = parse(kind, request.newValue());
        return existing(accountId).chain(account -> passwords.require(account, request.password(), clientAddress)
                .chain(() -> {
                    if (next.value().equals(kind.current(account))) {
                        throw ProblemException.invalid(new FieldError("newValue", "is already this account's"));
                    }
                    return accounts.findByLogin(next);
                })
                .chain(owner -> {
                    if (owner != null) {
                        throw taken(kind);
                    }
                    return delivery.sendTo(accountId, next, kind.purpose);
                }));
    }

    @WithSession
    public Uni<ProfileView> confirm(UUID accountId, ContactKind kind, ContactConfirmation confirmation) {
        Login next = parse(kind, confirmation.newValue());
        return existing(accountId).chain(account -> codes.check(kind.purpose, accountId, next.value(), confirmation.code())
                .chain(check -> {
                    if (check != CodeCheck.ACCEPTED) {
                        throw CodeProblems.of(check);
                    }
                    return Panache.withTransaction(() -> accounts.findByLogin(next).chain(owner -> {
                        if (owner != null && !owner.id.equals(accountId)) {
                            throw taken(kind);
                        }
                        return accounts.findById(accountId).map(a -> {
                            String old = kind.current(a);
                            kind.set(a, next.value());
                            a.updatedAt = clock.instant();
                            return new Changed(a, old);
                        });
                    })).onFailure(DatabaseErrors::isUniqueViolation).transform(e -> taken(kind));
                })
                .call(changed -> notice(changed.account(), kind, changed.oldValue(), next))
                .chain(changed -> profiles.get(accountId)));
    }

    private record Changed(Account account, String oldValue) {
    }

    /** Tells the old address (or, when there was none, the other login) that the login changed; never fails the change. */
    private Uni<Void> notice(Account account, ContactKind kind, String oldValue, Login next) {
        String what = kind == ContactKind.EMAIL ? "email address" : "phone number";
        String text = "The " + what + " of your Bazaar account was changed to " + next.masked()
                + ". If you did not do this, reset your password at once and contact us.";
        String oldEmail = kind == ContactKind.EMAIL ? oldValue : account.email;
        String oldPhone = kind == ContactKind.PHONE ? oldValue : account.phone;
        Uni<String> sent;
        if (oldEmail != null) {
            sent = email.send(oldEmail, "Your Bazaar " + what + " was changed", text);
        } else if (oldPhone != null) {
            sent = sms.send(oldPhone, text);
        } else {
            return Uni.createFrom().voidItem();
        }
        return sent.replaceWithVoid().onFailure().invoke(e -> LOG.warnf(e, "Login change notice for account %s not sent",
                account.id)).onFailure().recoverWithNull();
    }

    private Uni<Account> existing(UUID accountId) {
        return accounts.findById(accountId).map(account -> {
            if (account == null || !account.maySignIn()) {
                throw ProblemException.notFound("account-not-found", "The account of this token no longer exists.");
            }
            return account;
        });
    }

    private static Login parse(ContactKind kind, String text) {
        return kind.parse(text).orElseThrow(() -> ProblemException.invalid(new FieldError("newValue",
                kind == ContactKind.EMAIL ? "must be a valid email address"
                        : "must be a valid phone number in E.164 form, e.g. +447700900123")));
    }

    private static ProblemException taken(ContactKind kind) {
        return ProblemException.conflict("login-taken", "Another account already uses this "
                + (kind == ContactKind.EMAIL ? "email address." : "phone number."));
    }
}
