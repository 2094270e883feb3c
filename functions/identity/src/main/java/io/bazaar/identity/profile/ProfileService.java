package io.bazaar.identity.profile;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.identity.account.AccountStatus;
import io.bazaar.identity.merchant.StaffRepository;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Reads and edits the signed-in person's own profile: the account id always comes from the token. */
@ApplicationScoped
public class ProfileService {

    private final AccountRepository accounts;
    private final StaffRepository staff;
    private final Clock clock;
    private final AvatarUrls avatars;

    ProfileService(AccountRepository accounts, StaffRepository staff, Clock clock, AvatarUrls avatars) {
        this.avatars = avatars;
        this.accounts = accounts;
        this.staff = staff;
        this.clock = clock;
    }

    @WithSession
    public Uni<ProfileView> get(UUID accountId) {
        return existing(accountId).chain(this::view);
    }

    @WithTransaction
    public Uni<ProfileView> update(UUID accountId, ProfileUpdate update) {
        if (update.birthday() != null && update.birthday().isBefore(ProfileUpdate.EARLIEST_BIRTHDAY)) {
            return Uni.createFrom().failure(ProblemException.invalid(
                    new FieldError("birthday", "must be on or after " + ProfileUpdate.EARLIEST_BIRTHDAY)));
        }
        return existing(accountId).invoke(account -> {
            if (update.displayName() != null) {
                account.displayName = update.displayName().strip();
            }
            if (update.birthday() != null) {
                account.birthday = update.birthday();
            }
            if (update.gender() != null) {
                account.gender = update.gender();
            }
            account.updatedAt = clock.instant();
        }).chain(this::view);
    }

    private Uni<Account> existing(UUID accountId) {
        return accounts.findById(accountId).map(a -> a == null || a.status == AccountStatus.DELETED ? null : a).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("account-not-found", "The account of this token no longer exists."));
    }

    private Uni<ProfileView> view(Account account) {
        return staff.findById(account.id).map(member -> ProfileView.of(account, member, avatars.urlOf(account.avatarKey)));
    }
}
