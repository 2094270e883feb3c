package io.bazaar.identity.deletion;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.identity.account.AccountRepository;
import io.bazaar.identity.avatar.AvatarStore;
import io.bazaar.identity.merchant.StaffRepository;
import io.bazaar.identity.password.CurrentPasswordCheck;
import io.bazaar.identity.session.SessionService;
import io.bazaar.members.contract.MemberRecords;
import io.bazaar.orders.contract.CustomerRecords;
import io.bazaar.reviews.contract.ReviewerRecords;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Deletes a shopper's account after they typed their password again: identity's personal data, the orders area's
 * (recipients of orders, address book, messages, returns' text and photos; through orders-contract), the reviews area's
 * (author name and photos; reviews-contract) and the members area's (favourites, inbox, settings, devices;
 * members-contract) go in one transaction, so the person is never half deleted; then every session ends and the avatar object is removed. Orders stay, without the person.
 * Staff and platform admins are refused: their merchant or the platform must remove their role first.
 */
@ApplicationScoped
public class AccountDeletionService {

    private static final Logger LOG = Logger.getLogger(AccountDeletionService.class);

    private final AccountRepository accounts;
    private final StaffRepository staff;
    private final CurrentPasswordCheck passwords;
    private final SessionService sessions;
    private final AccountErasure erasure;
    private final CustomerRecords orders;
    private final ReviewerRecords reviews;
    private final MemberRecords members;
    private final AvatarStore avatars;
    private final Pool pool;
    private final Clock clock;

    AccountDeletionService(AccountRepository accounts, StaffRepository staff, CurrentPasswordCheck passwords,
            SessionService sessions, AccountErasure erasure, CustomerRecords orders, ReviewerRecords reviews,
            MemberRecords members, AvatarStore avatars, Pool pool, Clock clock) {
        this.accounts = accounts;
        this.staff = staff;
        this.passwords = passwords;
        this.sessions = sessions;
        this.erasure = erasure;
        this.orders = orders;
        this.reviews = reviews;
        this.members = members;
        this.avatars = avatars;
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Void> delete(UUID accountId, DeletionRequest request, String clientAddress) {
        return check(accountId, request, clientAddress).chain(avatarKey -> pool.withTransaction(tx -> erasure.erase(tx, accountId, clock.instant())
                .chain(erased -> orders.erase(tx, accountId).invoke(o -> LOG.infof(
                        "Account %s deleted: %d orders, %d addresses, %d messages, %d returns, %d return photos anonymised",
                        accountId, o.orders(), o.addresses(), o.notifications(), o.returns(), o.returnPhotos())))
                .chain(() -> reviews.erase(tx, accountId).invoke(r -> LOG.infof(
                        "Account %s deleted: %d reviews anonymised, %d review photos detached", accountId, r.reviews(), r.photos())))
                .chain(() -> members.erase(tx, accountId).invoke(m -> LOG.infof(
                        "Account %s deleted: %d favourites, %d notifications, %d devices erased", accountId, m.favourites(),
                        m.notifications(), m.devices()))))
                .chain(() -> sessions.endAll(accountId, null))
                .chain(() -> avatarKey == null ? Uni.createFrom().voidItem() : avatars.delete(avatarKey)));
    }

    /** The password is right and the account may be deleted; yields its avatar key (or null). */
    @WithSession
    Uni<String> check(UUID accountId, DeletionRequest request, String clientAddress) {
        return accounts.findById(accountId).chain(account -> {
            if (account == null || !account.maySignIn()) {
                throw ProblemException.notFound("account-not-found", "The account of this token no longer exists.");
            }
            if (account.platformAdmin) {
                throw ProblemException.conflict("account-has-role", "A platform admin's account cannot delete itself.");
            }
            return staff.findById(accountId).chain(member -> {
                if (member != null) {
                    throw ProblemException.conflict("account-has-role",
                            "This account works for a merchant; the merchant must remove it from its staff first.");
                }
                return passwords.require(account, request.password(), clientAddress).map(ok -> account.avatarKey);
            });
        });
    }
}
