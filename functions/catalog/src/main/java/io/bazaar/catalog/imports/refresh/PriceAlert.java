package io.bazaar.catalog.imports.refresh;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A large price change a refresh saw at the source and held back until the merchant accepts or dismisses it. */
@Entity
@Table(name = "import_price_alerts")
public class PriceAlert {

    /** What the merchant decided. */
    public enum Resolution {
        ACCEPTED, DISMISSED
    }

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false)
    public UUID merchantId;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(name = "sku_id", nullable = false)
    public UUID skuId;

    @Column(name = "old_price_minor", nullable = false)
    public long oldPriceMinor;

    @Column(name = "new_price_minor", nullable = false)
    public long newPriceMinor;

    @Column(nullable = false)
    public String currency;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Enumerated(EnumType.STRING)
    public Resolution resolution;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
