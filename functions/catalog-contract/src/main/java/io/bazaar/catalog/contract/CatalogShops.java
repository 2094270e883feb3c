package io.bazaar.catalog.contract;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What the catalog shows of merchants' shops (a shop is a merchant id): visible products, the newest first, and the
 * shop's rating, the sum of its visible products' rating aggregates.
 */
@ApplicationScoped
public class CatalogShops {

    /** How many of a shop's newest products a summary names. */
    public static final int NEWEST = 4;

    // the rating sums product_stats' exact aggregates (count and sum of published reviews' stars) over visible products
    private static final String QUERY = """
            select m.id as merchant_id, v.visible_products, v.rating_count, v.rating_sum,
                   array(select p.id from products p where p.merchant_id = m.id and %1$s
                          order by p.listed_at desc nulls last, p.id limit %2$d) as newest
              from unnest($1::uuid[]) as m(id)
              cross join lateral (
                    select count(*) as visible_products, coalesce(sum(st.rating_count), 0)::bigint as rating_count,
                           coalesce(sum(st.rating_sum), 0)::bigint as rating_sum
                      from products p left join product_stats st on st.product_id = p.id
                     where p.merchant_id = m.id and %1$s) v""".formatted(ShopperVisibility.OF_P, NEWEST);

    private final Pool pool;

    CatalogShops(Pool pool) {
        this.pool = pool;
    }

    /** A summary of every merchant asked for, by merchant id (0 visible products for unknown merchants). */
    public Uni<Map<UUID, ShopSummary>> find(Collection<UUID> merchantIds) {
        if (merchantIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(QUERY).execute(Tuple.of((Object) merchantIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, ShopSummary> shops = new HashMap<>();
            for (Row row : rows) {
                UUID merchant = row.getUUID("merchant_id");
                List<UUID> newest = Arrays.asList(row.getArrayOfUUIDs("newest"));
                shops.put(merchant, new ShopSummary(merchant, row.getLong("visible_products"), List.copyOf(newest),
                        row.getLong("rating_count"), row.getLong("rating_sum")));
            }
            return shops;
        });
    }
}
