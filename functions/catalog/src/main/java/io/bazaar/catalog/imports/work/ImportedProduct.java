package io.bazaar.catalog.imports.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product that came from another shop's page, and what the importer needs to keep it in step with that page. */
@Entity
@Table(name = "imported_products")
public class ImportedProduct {

    @Id
    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "merchant_id", nullable = false)
    public UUID merchantId;

    /** The page's canonical URL: with the merchant, the key a re-import finds the product by. */
    @Column(name = "source_url", nullable = false)
    public String sourceUrl;

    public String etag;

    @Column(name = "last_modified")
    public String lastModified;

    /** SHA-256 of the page body last seen. */
    @Column(name = "content_hash")
    public String contentHash;

    /** SHA-256 of the draft made from the page: a new page body with the same product is no update. */
    @Column(name = "listing_hash", nullable = false)
    public String listingHash;

    /** SHA-256 of the page's image URLs, so images are copied again only when they change. */
    @Column(name = "images_hash", nullable = false)
    public String imagesHash;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "last_visit_at", nullable = false)
    public Instant lastVisitAt;

    @Column(name = "next_visit_at", nullable = false)
    public Instant nextVisitAt;

    @Column(name = "visit_interval_seconds", nullable = false)
    public int visitIntervalSeconds;

    @Column(name = "last_job_id")
    public UUID lastJobId;

    /** The job's markup, applied again to the prices a refresh finds. */
    @Column(name = "markup_percent", nullable = false)
    public BigDecimal markupPercent;

    /** The job's stock for available SKUs, applied again when a refresh sees a SKU come back. */
    @Column(name = "stock_when_in_stock", nullable = false)
    public int stockWhenInStock;
}
