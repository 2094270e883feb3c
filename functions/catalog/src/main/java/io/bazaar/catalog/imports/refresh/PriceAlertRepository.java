package io.bazaar.catalog.imports.refresh;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Price alerts by merchant, open ones first of interest. */
@ApplicationScoped
public class PriceAlertRepository implements PanacheRepositoryBase<PriceAlert, UUID> {

    public Uni<PriceAlert> openOf(UUID skuId) {
        return find("skuId = ?1 and resolution is null", skuId).firstResult();
    }

    public Uni<List<PriceAlert>> openOfMerchant(UUID merchantId, int page, int size) {
        return find("merchantId = ?1 and resolution is null", Sort.by("detectedAt").descending().and("id"), merchantId)
                .page(page, size).list();
    }

    public Uni<Long> countOpenOfMerchant(UUID merchantId) {
        return count("merchantId = ?1 and resolution is null", merchantId);
    }
}
