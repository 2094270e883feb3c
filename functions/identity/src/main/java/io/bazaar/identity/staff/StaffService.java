package io.bazaar.identity.staff;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.identity.merchant.MerchantRepository;
import io.bazaar.identity.merchant.Role;
import io.bazaar.identity.merchant.RoleRepository;
import io.bazaar.identity.merchant.StaffMember;
import io.bazaar.identity.merchant.StaffRepository;
import io.bazaar.identity.merchant.StaffRoles;
import io.bazaar.identity.session.SessionService;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * A shop's staff: who they are, which roles they hold, removal. Owners hold the owner role; only an owner may give
 * or take it, a shop always keeps one, and an owner is never removed. A member whose roles change or who is removed
 * loses every session at once, so no token with the old permissions works anywhere.
 */
@ApplicationScoped
public class StaffService {

    private final StaffRepository staff;
    private final RoleRepository roles;
    private final AccountRepository accounts;
    private final MerchantRepository merchants;
    private final SessionService sessions;

    StaffService(StaffRepository staff, RoleRepository roles, AccountRepository accounts, MerchantRepository merchants,
            SessionService sessions) {
        this.staff = staff;
        this.roles = roles;
        this.accounts = accounts;
        this.merchants = merchants;
        this.sessions = sessions;
    }

    /** The signed-in member's shop, roles and permissions as stored now. */
    @WithSession
    public Uni<MerchantMe> me(UUID merchantId, UUID accountId) {
        return staff.ofMerchant(merchantId, accountId).chain(member -> member == null
                ? Uni.createFrom().failure(StaffProblems.notStaff())
                : merchants.findById(merchantId).map(merchant -> new MerchantMe(merchant.id, merchant.name, member.owner,
                        StaffMemberView.roles(member), member.permissions.stream().sorted().toList())));
    }

    @WithSession
    public Uni<List<StaffMemberView>> list(UUID merchantId) {
        return staff.ofMerchant(merchantId).chain(members -> accountsOf(members)
                .map(byId -> members.stream().map(m -> StaffMemberView.of(m, byId.get(m.accountId))).toList()));
    }

    /** Gives the member exactly these roles; their sessions end. */
    public Uni<StaffMemberView> changeRoles(UUID merchantId, UUID actorId, UUID accountId, StaffRolesRequest request) {
        Set<UUID> wanted = new LinkedHashSet<>(request.roleIds());
        return Panache.withTransaction(() -> actorAndTarget(merchantId, actorId, accountId).chain(pair ->
                roles.usableBy(merchantId, wanted).chain(found -> {
                    StaffMember target = pair.target();
                    boolean givesOwner = found.stream().anyMatch(Role::isOwner);
                    if (found.size() != wanted.size()) {
                        return Uni.createFrom().failure(StaffProblems.unknownRoles());
                    }
                    if ((target.owner || givesOwner) && !pair.actor().owner) {
                        return Uni.createFrom().failure(StaffProblems.ownerOnly());
                    }
                    Uni<Void> lastOwnerCheck = target.owner && !givesOwner
                            ? staff.owners(merchantId).chain(owners -> owners <= 1
                                    ? Uni.createFrom().failure(lastOwner())
                                    : Uni.createFrom().voidItem())
                            : Uni.createFrom().voidItem();
                    return lastOwnerCheck.invoke(() -> StaffRoles.assign(target, found))
                            .chain(() -> accounts.findById(accountId))
                            .map(account -> StaffMemberView.of(target, account));
                })))
                .call(() -> sessions.endAll(accountId, null));
    }

    /** Removes a member who is not an owner; their sessions end. */
    public Uni<Void> remove(UUID merchantId, UUID actorId, UUID accountId) {
        return Panache.withTransaction(() -> actorAndTarget(merchantId, actorId, accountId).chain(pair -> {
            if (pair.target().owner) {
                return Uni.createFrom().failure(ProblemException.unprocessable("owner-not-removable",
                        "An owner cannot be removed. Another owner may first take the owner role from them."));
            }
            return staff.delete(pair.target());
        })).call(() -> sessions.endAll(accountId, null));
    }

    private Uni<Pair> actorAndTarget(UUID merchantId, UUID actorId, UUID accountId) {
        return staff.ofMerchant(merchantId, actorId).chain(actor -> actor == null
                ? Uni.createFrom().failure(StaffProblems.notStaff())
                : staff.ofMerchant(merchantId, accountId).chain(target -> target == null
                        ? Uni.createFrom().failure(StaffProblems.memberNotFound())
                        : Uni.createFrom().item(new Pair(actor, target))));
    }

    private Uni<Map<UUID, Account>> accountsOf(List<StaffMember> members) {
        List<UUID> ids = members.stream().map(m -> m.accountId).toList();
        return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                : accounts.list("id in ?1", ids).map(list -> list.stream().collect(Collectors.toMap(a -> a.id, Function.identity())));
    }

    private static ProblemException lastOwner() {
        return ProblemException.unprocessable("last-owner",
                "The shop's last owner keeps the owner role (and with it the staff permission). Make another member an owner first.");
    }

    private record Pair(StaffMember actor, StaffMember target) {
    }
}
