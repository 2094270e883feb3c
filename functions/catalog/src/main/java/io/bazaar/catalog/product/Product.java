package io.bazaar.catalog.product;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A merchant's product: its content, its moderation state and its price range. Its counters (sales, views, ratings)
 * live in product_stats and its stock in its SKUs, so an edit of the product never writes them back.
 */
@Entity
@Table(name = "products")
public class Product {

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false)
    public UUID merchantId;

    @Column(name = "category_id", nullable = false)
    public Long categoryId;

    @Column(name = "brand_id")
    public Long brandId;

    @Column(name = "series_id")
    public Long seriesId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String slug;

    /** Sanitised HTML: only safe tags and attributes survive. */
    @Column(name = "description_html", nullable = false)
    public String descriptionHtml;

    @Column(nullable = false)
    public String parameters;

    @Column(nullable = false)
    public String packaging;

    @Column(name = "after_sales", nullable = false)
    public String afterSales;

    @Convert(converter = AttributeSpecsConverter.class)
    @Column(nullable = false)
    public List<AttributeSpec> attributes;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductStatus status;

    /** The merchant wants it on sale; shoppers see it only when it is also approved. */
    @Column(nullable = false)
    public boolean listed;

    /** The merchant gives it away: every SKU is priced 0 (ProductRules), and review shows the flag to the admin. */
    @Column(nullable = false)
    public boolean free;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "min_price_minor")
    public Long minPriceMinor;

    @Column(name = "max_price_minor")
    public Long maxPriceMinor;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "listed_at")
    public Instant listedAt;

    @Version
    public long version;

    public boolean isVisibleToShoppers() {
        return status == ProductStatus.APPROVED && listed;
    }
}
