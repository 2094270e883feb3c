package io.bazaar.identity.merchant;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Staff memberships, looked up by account when a token is issued. */
@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<StaffMember, UUID> {

    /** The merchant's members with their roles, oldest first. */
    public Uni<List<StaffMember>> ofMerchant(UUID merchantId) {
        return find("select distinct s from StaffMember s left join fetch s.roles where s.merchantId = ?1 "
                + "order by s.createdAt, s.accountId", merchantId).list();
    }

    /** The member of this merchant with their roles, or null (also for another merchant's member). */
    public Uni<StaffMember> ofMerchant(UUID merchantId, UUID accountId) {
        return find("select s from StaffMember s left join fetch s.roles where s.merchantId = ?1 and s.accountId = ?2",
                merchantId, accountId).firstResult();
    }

    /** Members holding the role, with their roles. */
    public Uni<List<StaffMember>> holding(UUID roleId) {
        return find("select distinct s from StaffMember s left join fetch s.roles where s.accountId in "
                + "(select m.accountId from StaffMember m join m.roles r where r.id = ?1)", roleId).list();
    }

    /** How many of the merchant's members hold the owner role. */
    public Uni<Long> owners(UUID merchantId) {
        return count("merchantId = ?1 and owner = true", merchantId);
    }
}
