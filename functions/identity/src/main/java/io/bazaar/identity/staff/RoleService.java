package io.bazaar.identity.staff;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.merchant.Role;
import io.bazaar.identity.merchant.RoleRepository;
import io.bazaar.identity.merchant.StaffMember;
import io.bazaar.identity.merchant.StaffRepository;
import io.bazaar.identity.merchant.StaffRoles;
import io.bazaar.identity.session.SessionService;
import io.bazaar.platform.persistence.DatabaseErrors;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A shop's roles: the built-in ones (fixed) and its own, created, renamed, given other permissions and deleted when
 * nobody holds them and no pending invitation gives them. Members of a changed role get the new permissions and lose
 * their sessions, so their next token carries them.
 */
@ApplicationScoped
public class RoleService {

    private final RoleRepository roles;
    private final StaffRepository staff;
    private final SessionService sessions;
    private final Clock clock;

    RoleService(RoleRepository roles, StaffRepository staff, SessionService sessions, Clock clock) {
        this.roles = roles;
        this.staff = staff;
        this.sessions = sessions;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<RoleView>> list(UUID merchantId) {
        return staff.ofMerchant(merchantId).chain(members -> {
            Map<UUID, Long> holders = members.stream().flatMap(m -> m.roles.stream())
                    .collect(Collectors.groupingBy(r -> r.id, Collectors.counting()));
            return roles.usableBy(merchantId)
                    .map(list -> list.stream().map(r -> RoleView.of(r, holders.getOrDefault(r.id, 0L))).toList());
        });
    }

    public Uni<RoleView> create(UUID merchantId, RoleRequest request) {
        Role role = new Role();
        role.id = UUID.randomUUID();
        role.merchantId = merchantId;
        role.name = request.name().strip();
        role.permissions = EnumSet.copyOf(request.permissions());
        role.createdAt = clock.instant();
        role.updatedAt = role.createdAt;
        return Panache.withTransaction(() -> nameFree(merchantId, role.name, null).chain(() -> roles.persist(role)))
                .onFailure(DatabaseErrors::isUniqueViolation).transform(e -> nameTaken())
                .map(saved -> RoleView.of(saved, 0));
    }

    /** Renames the shop's own role or changes its permissions; its members' sessions end. */
    public Uni<RoleView> update(UUID merchantId, UUID roleId, RoleRequest request) {
        return Panache.withTransaction(() -> own(merchantId, roleId).chain(role -> nameFree(merchantId, request.name().strip(), role.id)
                .chain(() -> staff.holding(role.id)).map(members -> {
                    role.name = request.name().strip();
                    role.permissions = EnumSet.copyOf(request.permissions());
                    role.updatedAt = clock.instant();
                    members.forEach(StaffRoles::refresh);
                    return new Updated(RoleView.of(role, members.size()), members);
                })))
                .onFailure(DatabaseErrors::isUniqueViolation).transform(e -> nameTaken())
                .call(updated -> Multi.createFrom().iterable(updated.members())
                        .onItem().transformToUniAndConcatenate(m -> sessions.endAll(m.accountId, null)).collect().asList())
                .map(Updated::view);
    }

    /** Deletes the shop's own role when no member holds it and no pending invitation gives it. */
    public Uni<Void> delete(UUID merchantId, UUID roleId) {
        return Panache.withTransaction(() -> own(merchantId, roleId).chain(role -> roles.uses(role.id).chain(uses -> uses > 0
                ? Uni.createFrom().failure(ProblemException.conflict("role-in-use",
                        "Members or pending invitations hold this role. Give them other roles first."))
                : roles.delete(role))));
    }

    private Uni<Role> own(UUID merchantId, UUID roleId) {
        return roles.findById(roleId).chain(role -> {
            if (role == null || !role.usableBy(merchantId)) {
                return Uni.createFrom().failure(StaffProblems.roleNotFound());
            }
            if (role.builtIn()) {
                return Uni.createFrom().failure(ProblemException.unprocessable("role-built-in",
                        "Built-in roles cannot be changed or deleted. Create a role of the shop's own instead."));
            }
            return Uni.createFrom().item(role);
        });
    }

    /** Role names are unique within a shop, built-in ones included (case does not matter). */
    private Uni<Void> nameFree(UUID merchantId, String name, UUID exceptOrNull) {
        return roles.usableBy(merchantId).chain(list -> list.stream()
                .anyMatch(r -> r.name.equalsIgnoreCase(name) && !r.id.equals(exceptOrNull))
                        ? Uni.createFrom().failure(nameTaken()) : Uni.createFrom().voidItem());
    }

    private static ProblemException nameTaken() {
        return ProblemException.conflict("role-name-taken", "The shop already has a role with this name.");
    }

    private record Updated(RoleView view, List<StaffMember> members) {
    }
}
