package io.bazaar.catalog.shop.repository;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Adds rolled-up views to products.view_count, which the popularity order reads through its index. */
@ApplicationScoped
public class ViewCountRepository {

    private final Pool pool;

    ViewCountRepository(Pool pool) {
        this.pool = pool;
    }

    /** One statement for the whole batch; ids of deleted products match nothing. Returns the products updated. */
    public Uni<Integer> add(Map<UUID, Long> viewsByProduct) {
        UUID[] ids = viewsByProduct.keySet().toArray(UUID[]::new);
        Long[] views = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            views[i] = viewsByProduct.get(ids[i]);
        }
        return pool.preparedQuery("""
                update products p set view_count = p.view_count + v.views
                  from unnest($1::uuid[], $2::bigint[]) as v(id, views)
                 where p.id = v.id""")
                .execute(Tuple.of(ids, views)).map(rows -> rows.rowCount());
    }
}
