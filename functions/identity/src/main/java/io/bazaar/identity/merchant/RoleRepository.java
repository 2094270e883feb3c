package io.bazaar.identity.merchant;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Built-in roles and the merchants' own. */
@ApplicationScoped
public class RoleRepository implements PanacheRepositoryBase<Role, UUID> {

    /** The built-in roles, then the merchant's own, each by name. */
    public Uni<List<Role>> usableBy(UUID merchantId) {
        return list("merchantId is null or merchantId = ?1", Sort.by("merchantId", Sort.NullPrecedence.NULLS_FIRST)
                .and("name"), merchantId);
    }

    /** The roles among these ids the merchant may use; unknown ids and other merchants' roles are left out. */
    public Uni<List<Role>> usableBy(UUID merchantId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1 and (merchantId is null or merchantId = ?2)", ids, merchantId);
    }

    /** How many members hold the role, and how many pending invitations would give it. */
    public Uni<Long> uses(UUID roleId) {
        return getSession().chain(session -> session.createNativeQuery(
                "select (select count(*) from merchant_staff_roles where role_id = ?1)"
                        + " + (select count(*) from merchant_invitation_roles r join merchant_invitations i"
                        + " on i.id = r.invitation_id where r.role_id = ?1 and i.status = 'PENDING')", Long.class)
                .setParameter(1, roleId).getSingleResult());
    }
}
