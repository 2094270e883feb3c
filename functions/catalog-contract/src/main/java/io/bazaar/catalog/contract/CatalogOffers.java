package io.bazaar.catalog.contract;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The offers query, written once: what the catalog sells under these SKU ids right now (one statement). */
@ApplicationScoped
public class CatalogOffers {

    private static final String QUERY = """
            select s.id, s.product_id, p.merchant_id, p.name, p.slug, s.attributes::text as attributes, s.price_minor,
                   s.member_price_minor,
                   p.currency, s.stock, (%s) as buyable
              from skus s join products p on p.id = s.product_id
             where s.id = any($1)""".formatted(ShopperVisibility.OF_P);

    private final Pool pool;

    CatalogOffers(Pool pool) {
        this.pool = pool;
    }

    /** The offers of those SKUs that exist, by SKU id; unknown ids are left out. */
    public Uni<Map<UUID, SkuOffer>> find(Collection<UUID> skuIds) {
        if (skuIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(QUERY).execute(Tuple.of((Object) skuIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, SkuOffer> offers = new HashMap<>();
            for (Row row : rows) {
                SkuOffer offer = offer(row);
                offers.put(offer.skuId(), offer);
            }
            return offers;
        });
    }

    private static SkuOffer offer(Row row) {
        return new SkuOffer(row.getUUID("id"), row.getUUID("product_id"), row.getUUID("merchant_id"),
                row.getString("name"), row.getString("slug"), row.getString("attributes"), row.getLong("price_minor"),
                row.getLong("member_price_minor"), row.getString("currency").strip(), row.getInteger("stock"), row.getBoolean("buyable"));
    }
}
