package io.bazaar.catalog.page;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.product.ProductStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Products shoppers may see (approved and listed), read in id order a batch at a time for the sitemaps. */
@ApplicationScoped
public class VisibleProducts {

    private static final String VISIBLE = "p.status = :approved and p.listed = true";

    public Uni<Long> count() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select count(p) from Product p where " + VISIBLE, Long.class)
                .setParameter("approved", ProductStatus.APPROVED).getSingleResult());
    }

    /** The id at a position in id order (0 is the first), or null past the end: where a sitemap part starts. */
    public Uni<UUID> idAt(int position) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select p.id from Product p where " + VISIBLE + " order by p.id", UUID.class)
                .setParameter("approved", ProductStatus.APPROVED)
                .setFirstResult(position).setMaxResults(1).getSingleResultOrNull());
    }

    /** Up to {@code limit} links in id order from an id on (keyset paging, so each batch is one index range). */
    public Uni<List<ProductLink>> linksFrom(UUID from, boolean inclusive, int limit) {
        String hql = "select new io.bazaar.catalog.page.ProductLink(p.id, p.slug, p.updatedAt) from Product p where "
                + VISIBLE + " and p.id " + (inclusive ? ">=" : ">") + " :from order by p.id";
        return Panache.getSession().chain(session -> session.createSelectionQuery(hql, ProductLink.class)
                .setParameter("approved", ProductStatus.APPROVED).setParameter("from", from)
                .setMaxResults(limit).getResultList());
    }
}
