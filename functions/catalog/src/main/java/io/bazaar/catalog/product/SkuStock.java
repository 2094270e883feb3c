package io.bazaar.catalog.product;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Sets a SKU's stock to the merchant's count (a stock-take, a delivery, an import coming back in stock). Besides the
 * stock ledger's increments this is the only write of skus.stock after the SKU is created: one statement of the
 * current transaction, so it never carries a value read earlier, and the products' total follows by trigger.
 */
@ApplicationScoped
public class SkuStock {

    /** Sets the stock and reloads the SKU (and nothing else) so it shows the stored value. */
    public Uni<Void> set(Sku sku, int stock) {
        return Panache.getSession().chain(session -> session.flush()
                .chain(() -> session.createNativeQuery("update skus set stock = ?1 where id = ?2")
                        .setParameter(1, stock).setParameter(2, sku.id).executeUpdate())
                .chain(() -> session.refresh(sku)));
    }
}
