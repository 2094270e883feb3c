package io.bazaar.catalog.product;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

/** One buyable combination of a product's attribute values, with its own price and stock. */
@Entity
@Table(name = "skus")
public class Sku {

    @Id
    public UUID id;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    public String code;

    @Convert(converter = SkuAttributesConverter.class)
    @ColumnTransformer(read = "attributes::text", write = "cast(cast(? as text) as jsonb)")
    @Column(nullable = false)
    public Map<String, String> attributes;

    /** In the product's currency, minor units. */
    @Column(name = "price_minor", nullable = false)
    public long priceMinor;

    /**
     * Written when the SKU is created; afterwards only by guarded SQL (the stock ledger, {@code SkuStock}), so a
     * loaded entity never writes an old stock back.
     */
    @Column(nullable = false, updatable = false)
    public int stock;

    /** The price for verified members, below {@link #priceMinor}; null when the SKU has none. */
    @Column(name = "member_price_minor")
    public Long memberPriceMinor;

    @Column(name = "image_id")
    public UUID imageId;

    @Column(nullable = false)
    public int position;

    @Version
    public long version;
}
