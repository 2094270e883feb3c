package io.bazaar.catalog.imports.refresh;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.merchant.OwnedProducts;
import io.bazaar.catalog.product.Sku;
import io.bazaar.catalog.product.SkuRepository;
import io.bazaar.platform.aws.BlockingCalls;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The price history of a merchant's imported product, SKU by SKU. */
@ApplicationScoped
public class PriceHistory {

    private final OwnedProducts owned;
    private final SkuRepository skus;
    private final PriceHistoryStore store;
    private final BlockingCalls blocking;

    PriceHistory(OwnedProducts owned, SkuRepository skus, PriceHistoryStore store, BlockingCalls blocking) {
        this.owned = owned;
        this.skus = skus;
        this.store = store;
        this.blocking = blocking;
    }

    @WithSession
    public Uni<List<SkuPriceHistory>> of(UUID merchantId, UUID productId) {
        return owned.find(merchantId, productId).chain(product -> skus.ofProduct(productId)).chain(found -> {
            List<UUID> ids = found.stream().map(sku -> sku.id).toList();
            return blocking.run(() -> store.of(ids)).map(points -> found.stream()
                    .map((Sku sku) -> new SkuPriceHistory(sku.id, sku.attributes, sku.code, points.getOrDefault(sku.id, List.of())))
                    .toList());
        });
    }
}
