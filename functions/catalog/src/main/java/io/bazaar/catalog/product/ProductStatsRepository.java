package io.bazaar.catalog.product;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Reads products' counters (read-only). */
@ApplicationScoped
public class ProductStatsRepository implements PanacheRepositoryBase<ProductStats, UUID> {

    /** The product's counters, zero when it has no row. */
    public Uni<ProductStats> of(UUID productId) {
        return findById(productId).map(found -> found == null ? ProductStats.none(productId) : found);
    }
}
