package io.bazaar.identity.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.identity.account.AccountStatus;
import io.bazaar.identity.account.Login;
import io.bazaar.identity.code.CodeDelivery;
import io.bazaar.identity.merchant.Merchant;
import io.bazaar.identity.merchant.MerchantRepository;
import io.bazaar.identity.merchant.Role;
import io.bazaar.identity.merchant.RoleRepository;
import io.bazaar.identity.merchant.StaffMember;
import io.bazaar.identity.merchant.StaffRepository;
import io.bazaar.identity.merchant.StaffRoles;
import io.bazaar.identity.password.PasswordHasher;
import io.bazaar.identity.password.PasswordPolicy;
import io.bazaar.identity.session.Session;
import io.bazaar.identity.session.SessionDevice;
import io.bazaar.identity.session.SessionService;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.ratelimit.RateLimit;
import io.bazaar.platform.ratelimit.RateLimiter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Invitations to a shop's staff: the platform invites a shop's owner, staff managers invite members with roles. The
 * code goes out through {@link CodeDelivery} like every code; a new invitation to the same login replaces a pending
 * one; accepting makes the login's account (created if there is none) a member, once, and signs it in.
 */
@ApplicationScoped
public class InvitationService {

    static final RateLimit ACCEPT_TRIES = new RateLimit("invitation-accept", 20, Duration.ofMinutes(15));

    private final InvitationRepository invitations;
    private final RoleRepository roles;
    private final StaffRepository staff;
    private final MerchantRepository merchants;
    private final AccountRepository accounts;
    private final InvitationCodes codes;
    private final CodeDelivery delivery;
    private final PasswordHasher passwords;
    private final PasswordPolicy policy;
    private final RateLimiter limiter;
    private final SessionService sessions;
    private final IdentityConfig config;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, RoleRepository roles, StaffRepository staff,
            MerchantRepository merchants, AccountRepository accounts, InvitationCodes codes, CodeDelivery delivery,
            PasswordHasher passwords, PasswordPolicy policy, RateLimiter limiter, SessionService sessions,
            IdentityConfig config, Clock clock) {
        this.invitations = invitations;
        this.roles = roles;
        this.staff = staff;
        this.merchants = merchants;
        this.accounts = accounts;
        this.codes = codes;
        this.delivery = delivery;
        this.passwords = passwords;
        this.policy = policy;
        this.limiter = limiter;
        this.sessions = sessions;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The platform invites the shop's owner; in the caller's transaction (shop creation, an approved application) or
     * in one of its own.
     */
    public Uni<InvitationView> inviteOwner(Merchant merchant, Login login) {
        return Panache.withTransaction(() -> roles.findById(Role.OWNER)
                .chain(owner -> create(merchant, login, true, Set.of(owner), null)));
    }

    /** A staff manager invites a member; only an owner may invite another owner. */
    public Uni<InvitationView> invite(UUID merchantId, UUID inviterId, InvitationRequest request) {
        Login login = Login.require(request.login(), "login");
        Set<UUID> wanted = new LinkedHashSet<>(request.roleIds());
        return Panache.withTransaction(() -> staff.ofMerchant(merchantId, inviterId).chain(inviter -> {
            if (inviter == null) {
                return Uni.createFrom().failure(StaffProblems.notStaff());
            }
            return roles.usableBy(merchantId, wanted).chain(found -> {
                if (found.size() != wanted.size()) {
                    return Uni.createFrom().failure(StaffProblems.unknownRoles());
                }
                if (found.stream().anyMatch(Role::isOwner) && !inviter.owner) {
                    return Uni.createFrom().failure(StaffProblems.ownerOnly());
                }
                return accounts.findByLogin(login).chain(existing -> existing == null ? Uni.createFrom().nullItem()
                        : staff.findById(existing.id)).chain(member -> member != null && member.merchantId.equals(merchantId)
                                ? Uni.createFrom().failure(ProblemException.conflict("already-staff",
                                        "This login already belongs to a member of the shop's staff."))
                                : merchants.findById(merchantId)
                                        .chain(merchant -> create(merchant, login, false, new HashSet<>(found), inviterId)));
            });
        }));
    }

    @WithSession
    public Uni<List<InvitationView>> ofMerchant(UUID merchantId) {
        Instant now = clock.instant();
        return invitations.ofMerchant(merchantId).map(list -> list.stream().map(i -> InvitationView.of(i, now)).toList());
    }

    /** Revokes a pending invitation: its code stops working at once. */
    public Uni<Void> revoke(UUID merchantId, UUID invitationId) {
        return Panache.withTransaction(() -> invitations.ofMerchant(merchantId, invitationId).chain(invitation -> {
            if (invitation == null) {
                return Uni.createFrom().failure(StaffProblems.invitationNotFound());
            }
            if (invitation.stateAt(clock.instant()) != InvitationStatus.PENDING) {
                return Uni.createFrom().failure(ProblemException.conflict("invitation-not-pending",
                        "Only a pending invitation can be revoked; this one is " + invitation.stateAt(clock.instant())
                                .name().toLowerCase() + "."));
            }
            invitation.status = InvitationStatus.REVOKED;
            invitation.decidedAt = clock.instant();
            return Uni.createFrom().voidItem();
        }));
    }

    /**
     * Accepts an invitation with its code. The login must be the invited one; an account with that login proves it
     * with its password, a login without one gets an active account (the code proves the address). Tries are limited
     * per client address, and every refusal leaves everything as it was. Once the membership is committed the account
     * is signed in as a login would sign it in (the code and the password proved it), with the shop's permissions.
     */
    public Uni<JoinedShop> accept(AcceptInvitationRequest request, String clientAddress, SessionDevice device) {
        Login login = Login.require(request.login(), "login");
        return limiter.tryAcquire(ACCEPT_TRIES, clientAddress).chain(allowed -> allowed
                ? Panache.withTransaction(() -> invitations.byCodeHash(codes.hash(request.code()))
                        .chain(invitation -> acceptChecked(invitation, login, request)))
                        .chain(joined -> sessions.startProven(joined.accountId(), device).map(joined::with))
                : Uni.createFrom().failure(ProblemException.tooManyRequests("invitation-throttled",
                        "Too many tries with invitation codes. Try again in a few minutes.")));
    }

    private Uni<Joined> acceptChecked(Invitation invitation, Login login, AcceptInvitationRequest request) {
        if (invitation == null || !invitation.login.equals(login.value())) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invitation-invalid",
                    "There is no invitation with this code for this login. Check both, or ask for a new invitation."));
        }
        switch (invitation.stateAt(clock.instant())) {
            case ACCEPTED:
                return Uni.createFrom().failure(ProblemException.unprocessable("invitation-used",
                        "This invitation was already accepted; an invitation works once."));
            case REVOKED:
                return Uni.createFrom().failure(ProblemException.unprocessable("invitation-revoked",
                        "This invitation was revoked. Ask the shop for a new one."));
            case EXPIRED:
                return Uni.createFrom().failure(ProblemException.unprocessable("invitation-expired",
                        "This invitation has expired. Ask the shop for a new one."));
            default:
                break;
        }
        return accounts.findByLogin(login).chain(existing -> existing == null
                ? newAccount(login, request).map(account -> new Joining(account, true))
                : existingAccount(existing, request.password()).map(account -> new Joining(account, false)))
                .chain(joining -> staff.findById(joining.account().id).chain(member -> {
                    if (member != null) {
                        return Uni.createFrom().failure(member.merchantId.equals(invitation.merchantId)
                                ? ProblemException.conflict("already-staff", "This account is already on the shop's staff.")
                                : ProblemException.conflict("staff-elsewhere",
                                        "This account works for another shop; an account works for one shop."));
                    }
                    return join(invitation, joining);
                }));
    }

    private Uni<Joined> join(Invitation invitation, Joining joining) {
        StaffMember member = new StaffMember();
        member.accountId = joining.account().id;
        member.merchantId = invitation.merchantId;
        member.createdAt = clock.instant();
        StaffRoles.assign(member, invitation.roles);
        invitation.status = InvitationStatus.ACCEPTED;
        invitation.decidedAt = member.createdAt;
        invitation.acceptedBy = member.accountId;
        return staff.persist(member).chain(() -> merchants.findById(invitation.merchantId))
                .map(merchant -> new Joined(member.accountId, merchant.id, merchant.name, member.owner, joining.created()));
    }

    private Uni<Account> newAccount(Login login, AcceptInvitationRequest request) {
        policy.problemWith(request.password(), login).ifPresent(problem -> {
            throw ProblemException.invalid(new FieldError("password", problem));
        });
        return passwords.hash(request.password()).chain(hash -> {
            Account account = new Account();
            account.id = UUID.randomUUID();
            account.email = login.isEmail() ? login.value() : null;
            account.phone = login.isEmail() ? null : login.value();
            account.passwordHash = hash;
            account.displayName = request.displayName() == null || request.displayName().isBlank() ? null
                    : request.displayName().strip();
            account.status = AccountStatus.ACTIVE;
            account.createdAt = clock.instant();
            account.updatedAt = account.createdAt;
            account.activatedAt = account.createdAt;
            return accounts.persist(account);
        });
    }

    /** An existing account signs in to accept; a pending one is activated, since the code proves the login too. */
    private Uni<Account> existingAccount(Account account, String password) {
        if (!account.maySignIn()) {
            return Uni.createFrom().failure(ProblemException.forbidden("account-disabled", "This account is disabled."));
        }
        return passwords.matches(password, account.passwordHash).chain(matches -> {
            if (!matches) {
                return Uni.createFrom().failure(ProblemException.unauthorized("invalid-credentials",
                        "The password is wrong for the account with this login."));
            }
            if (account.status == AccountStatus.PENDING_ACTIVATION) {
                account.status = AccountStatus.ACTIVE;
                account.activatedAt = clock.instant();
                account.updatedAt = account.activatedAt;
            }
            return Uni.createFrom().item(account);
        });
    }

    /** Replaces pending invitations of the shop to the login with a new one and sends its code. */
    private Uni<InvitationView> create(Merchant merchant, Login login, boolean owner, Set<Role> given, UUID invitedBy) {
        Instant now = clock.instant();
        String code = codes.next();
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.merchantId = merchant.id;
        invitation.login = login.value();
        invitation.owner = owner;
        invitation.codeHash = codes.hash(code);
        invitation.status = InvitationStatus.PENDING;
        invitation.invitedBy = invitedBy;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(config.invitationTtl());
        invitation.roles = new HashSet<>(given);
        return invitations.pendingTo(merchant.id, login.value())
                .invoke(earlier -> earlier.forEach(e -> {
                    e.status = InvitationStatus.REVOKED;
                    e.decidedAt = now;
                }))
                .chain(() -> invitations.persist(invitation))
                .call(() -> delivery.sendInvitation(login, merchant.name, code, invitation.expiresAt))
                .map(saved -> InvitationView.of(saved, now));
    }

    private record Joining(Account account, boolean created) {
    }

    /** The committed membership, before its session starts. */
    private record Joined(UUID accountId, UUID merchantId, String merchantName, boolean owner, boolean accountCreated) {

        JoinedShop with(Session session) {
            return new JoinedShop(merchantId, merchantName, owner, accountCreated, session);
        }
    }
}
