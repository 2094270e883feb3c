package io.bazaar.cart.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads current prices, stock and sale state of SKUs from the catalog's tables (read-only, one query per cart). */
@ApplicationScoped
public class SkuOffers {

    private static final String QUERY = """
            select s.id, s.product_id, p.name, p.slug, s.attributes, s.price_minor, p.currency, s.stock,
                   p.status = 'APPROVED' and p.listed as on_sale
            from skus s join products p on p.id = s.product_id
            where s.id = any($1)""";

    private final Pool pool;

    SkuOffers(Pool pool) {
        this.pool = pool;
    }

    /** The offers of those SKUs that exist, by SKU id. */
    public Uni<Map<UUID, SkuOffer>> of(Collection<UUID> skuIds) {
        if (skuIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(QUERY).execute(Tuple.of(skuIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, SkuOffer> offers = new HashMap<>();
            for (Row row : rows) {
                SkuOffer offer = offer(row);
                offers.put(offer.skuId(), offer);
            }
            return offers;
        });
    }

    private static SkuOffer offer(Row row) {
        return new SkuOffer(row.getUUID("id"), row.getUUID("product_id"), row.getString("name"), row.getString("slug"),
                row.getJsonObject("attributes").getMap(), row.getLong("price_minor"), row.getString("currency").trim(),
                row.getInteger("stock"), row.getBoolean("on_sale"));
    }
}
