package io.bazaar.identity.staff;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Invitations by shop, by id within a shop, and by code. */
@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    /** The shop's invitations with their roles, newest first (at most the last 200). */
    public Uni<List<Invitation>> ofMerchant(UUID merchantId) {
        return find("select distinct i from Invitation i left join fetch i.roles where i.merchantId = ?1 "
                + "order by i.createdAt desc", merchantId).page(0, 200).list();
    }

    public Uni<Invitation> ofMerchant(UUID merchantId, UUID id) {
        return find("select i from Invitation i left join fetch i.roles where i.merchantId = ?1 and i.id = ?2", merchantId, id)
                .firstResult();
    }

    public Uni<Invitation> byCodeHash(String codeHash) {
        return find("select i from Invitation i left join fetch i.roles where i.codeHash = ?1", codeHash).firstResult();
    }

    /** Pending invitations of the shop to this login (a new one replaces them). */
    public Uni<List<Invitation>> pendingTo(UUID merchantId, String login) {
        return list("merchantId = ?1 and login = ?2 and status = ?3", merchantId, login, InvitationStatus.PENDING);
    }
}
