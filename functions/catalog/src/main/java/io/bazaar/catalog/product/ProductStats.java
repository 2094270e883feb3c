package io.bazaar.catalog.product;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A product's counters as read by the catalog's pages. Read-only here: they change only by increments through
 * {@link io.bazaar.catalog.contract.ProductCounters}, never by writing a loaded value back.
 */
@Entity
@Immutable
@Table(name = "product_stats")
public class ProductStats {

    @Id
    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "sales_count")
    public long salesCount;

    @Column(name = "view_count")
    public long viewCount;

    @Column(name = "rating_count")
    public int ratingCount;

    @Column(name = "rating_sum")
    public long ratingSum;

    /** Counters of a product that has none yet. */
    public static ProductStats none(UUID productId) {
        ProductStats stats = new ProductStats();
        stats.productId = productId;
        return stats;
    }
}
