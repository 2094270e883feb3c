package io.bazaar.catalog.product;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A keyword or tag attached to a product. */
@Entity
@Table(name = "product_terms")
@IdClass(ProductTerm.Key.class)
public class ProductTerm {

    @Id
    @Column(name = "product_id")
    public UUID productId;

    @Id
    @Column(name = "term_id")
    public Long termId;

    public static ProductTerm of(UUID productId, Long termId) {
        ProductTerm link = new ProductTerm();
        link.productId = productId;
        link.termId = termId;
        return link;
    }

    /** Composite key. */
    public record Key(UUID productId, Long termId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
