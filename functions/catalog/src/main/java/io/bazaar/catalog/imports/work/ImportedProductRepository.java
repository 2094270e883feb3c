package io.bazaar.catalog.imports.work;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Imported products by source page and by when they are due for a visit. */
@ApplicationScoped
public class ImportedProductRepository implements PanacheRepositoryBase<ImportedProduct, UUID> {

    public Uni<ImportedProduct> bySource(UUID merchantId, String sourceUrl) {
        return find("merchantId = ?1 and sourceUrl = ?2", merchantId, sourceUrl).firstResult();
    }

    public Uni<List<ImportedProduct>> dueBefore(Instant now, int limit) {
        return find("nextVisitAt <= ?1", Sort.by("nextVisitAt").and("productId"), now).page(0, limit).list();
    }

    public Uni<List<ImportedProduct>> ofMerchant(UUID merchantId, List<UUID> productIds) {
        return list("merchantId = ?1 and productId in ?2", merchantId, productIds);
    }
}
