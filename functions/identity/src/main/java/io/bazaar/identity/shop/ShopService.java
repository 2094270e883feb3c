package io.bazaar.identity.shop;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.account.Login;
import io.bazaar.identity.merchant.Merchant;
import io.bazaar.identity.merchant.MerchantRepository;
import io.bazaar.identity.staff.InvitationService;
import io.bazaar.identity.staff.InvitationView;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Shops on the platform. {@link #open} is the one place a merchant comes to exist (from the admins' form or an
 * approved application): the shop and its owner's invitation, in one transaction.
 */
@ApplicationScoped
public class ShopService {

    private final MerchantRepository merchants;
    private final InvitationService invitations;
    private final Clock clock;

    ShopService(MerchantRepository merchants, InvitationService invitations, Clock clock) {
        this.merchants = merchants;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** Creates the shop and invites its owner; joins the caller's transaction when there is one. */
    public Uni<ShopCreated> open(String name, Login ownerLogin) {
        Merchant merchant = new Merchant();
        merchant.id = UUID.randomUUID();
        merchant.name = name.strip();
        merchant.createdAt = clock.instant();
        return Panache.withTransaction(() -> merchants.persist(merchant)
                .chain(saved -> invitations.inviteOwner(saved, ownerLogin))
                .chain(invitation -> summaries(List.of(merchant))
                        .map(summaries -> new ShopCreated(summaries.get(0), invitation))));
    }

    /** Invites an owner again (the first invitation expired, or a second owner); a pending one to the login is replaced. */
    public Uni<InvitationView> inviteOwner(UUID merchantId, Login login) {
        return Panache.withTransaction(() -> merchants.findById(merchantId).chain(merchant -> merchant == null
                ? Uni.createFrom().failure(ProblemException.notFound("shop-not-found", "There is no such shop."))
                : invitations.inviteOwner(merchant, login)));
    }

    /** Shops, newest first, optionally those whose name contains the text. */
    @WithSession
    public Uni<Page<ShopSummary>> list(String nameContainsOrNull, PageRequest page) {
        boolean filtered = nameContainsOrNull != null && !nameContainsOrNull.isBlank();
        var query = filtered
                ? merchants.find("lower(name) like ?1", Sort.descending("createdAt").and("id"),
                        "%" + nameContainsOrNull.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%")
                : merchants.findAll(Sort.descending("createdAt").and("id"));
        return query.count().chain(total -> query.page(page.page(), page.size()).list()
                .chain(list -> summaries(list).map(items -> Page.of(items, page, total))));
    }

    /** Owners' logins, staff counts and pending invitations of the shops, in one query each. */
    private Uni<List<ShopSummary>> summaries(List<Merchant> shops) {
        if (shops.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = shops.stream().map(m -> m.id).toList();
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select s.merchant_id, coalesce(a.email, a.phone), s.owner from merchant_staff s "
                        + "join accounts a on a.id = s.account_id where s.merchant_id in (?1) order by s.created_at", Object[].class)
                .setParameter(1, ids).getResultList()
                .chain(staffRows -> session.createNativeQuery("select merchant_id, count(*) from merchant_invitations "
                        + "where merchant_id in (?1) and status = 'PENDING' and expires_at > ?2 group by merchant_id", Object[].class)
                        .setParameter(1, ids).setParameter(2, clock.instant()).getResultList()
                        .map(pendingRows -> {
                            Map<UUID, Long> pending = pendingRows.stream().collect(Collectors.toMap(
                                    r -> (UUID) r[0], r -> ((Number) r[1]).longValue()));
                            return shops.stream().map(shop -> {
                                List<Object[]> mine = staffRows.stream().filter(r -> shop.id.equals(r[0])).toList();
                                List<String> owners = mine.stream().filter(r -> Boolean.TRUE.equals(r[2]))
                                        .map(r -> (String) r[1]).toList();
                                return new ShopSummary(shop.id, shop.name, shop.createdAt, owners, mine.size(),
                                        pending.getOrDefault(shop.id, 0L));
                            }).toList();
                        })));
    }
}
