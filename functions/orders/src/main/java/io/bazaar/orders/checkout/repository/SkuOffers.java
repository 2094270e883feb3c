package io.bazaar.orders.checkout.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads (read-only) the catalog's products and SKUs, and moves stock with guarded updates inside the checkout's
 * transaction: a decrement only happens while enough stock is there and the product is approved and listed.
 */
@ApplicationScoped
public class SkuOffers {

    private final Pool pool;

    SkuOffers(Pool pool) {
        this.pool = pool;
    }

    public Uni<Map<UUID, SkuOffer>> find(Collection<UUID> skuIds) {
        return pool.preparedQuery("select s.id, s.product_id, p.merchant_id, p.name, s.attributes::text as attributes, "
                + "s.price_minor, p.currency, (p.status = 'APPROVED' and p.listed) as buyable "
                + "from skus s join products p on p.id = s.product_id where s.id = any($1)")
                .execute(Tuple.of((Object) skuIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, SkuOffer> offers = new HashMap<>();
                    rows.forEach(row -> offers.put(row.getUUID("id"), new SkuOffer(row.getUUID("id"),
                            row.getUUID("product_id"), row.getUUID("merchant_id"), row.getString("name"),
                            row.getString("attributes"), row.getLong("price_minor"), row.getString("currency").strip(),
                            row.getBoolean("buyable"))));
                    return offers;
                });
    }

    /** Takes the quantity off the SKU's stock; false (and nothing changed) when there is not enough or it is not for sale. */
    public Uni<Boolean> take(SqlClient tx, UUID skuId, int quantity) {
        return tx.preparedQuery("update skus s set stock = s.stock - $2 from products p "
                + "where s.id = $1 and s.stock >= $2 and p.id = s.product_id and p.status = 'APPROVED' and p.listed")
                .execute(Tuple.of(skuId, quantity))
                .chain(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(false)
                        : totalStock(tx, skuId, -quantity).replaceWith(true));
    }

    /** Puts the quantity back, e.g. when an unpaid order is cancelled. */
    public Uni<Void> restore(SqlClient tx, UUID skuId, int quantity) {
        return tx.preparedQuery("update skus set stock = stock + $2 where id = $1").execute(Tuple.of(skuId, quantity))
                .chain(rows -> rows.rowCount() == 0 ? Uni.createFrom().voidItem() : totalStock(tx, skuId, quantity));
    }

    /** Keeps the product's total stock (the catalog's sum over its SKUs) in step. */
    private static Uni<Void> totalStock(SqlClient tx, UUID skuId, int delta) {
        return tx.preparedQuery("update products set total_stock = greatest(total_stock + $2, 0) "
                + "where id = (select product_id from skus where id = $1)").execute(Tuple.of(skuId, delta)).replaceWithVoid();
    }
}
