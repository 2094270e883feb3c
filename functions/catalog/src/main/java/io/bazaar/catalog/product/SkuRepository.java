package io.bazaar.catalog.product;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** SKUs of products. */
@ApplicationScoped
public class SkuRepository implements PanacheRepositoryBase<Sku, UUID> {

    public Uni<List<Sku>> ofProduct(UUID productId) {
        return list("productId", Sort.by("position"), productId);
    }
}
