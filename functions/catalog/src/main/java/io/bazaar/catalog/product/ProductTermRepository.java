package io.bazaar.catalog.product;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Keyword and tag links of products. */
@ApplicationScoped
public class ProductTermRepository implements PanacheRepositoryBase<ProductTerm, ProductTerm.Key> {

    public Uni<List<ProductTerm>> ofProduct(UUID productId) {
        return list("productId", productId);
    }
}
