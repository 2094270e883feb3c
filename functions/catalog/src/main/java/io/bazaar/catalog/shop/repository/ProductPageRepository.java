package io.bazaar.catalog.shop.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.contract.ShopperVisibility;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads what a product page shows, for visible products only (approved and listed), with the reactive SQL client. */
@ApplicationScoped
public class ProductPageRepository {

    private final Pool pool;

    ProductPageRepository(Pool pool) {
        this.pool = pool;
    }

    /** The product row with its category, brand and series names; null when there is no visible product with this id. */
    public Uni<Row> visibleProduct(UUID id) {
        return pool.preparedQuery("""
                select p.*, st.sales_count, st.view_count, st.rating_count, st.rating_sum, st.rating_1, st.rating_2, st.rating_3,
                       st.rating_4, st.rating_5,
                       c.name as category_name, c.path as category_path, b.name as brand_name, s.name as series_name
                  from products p join product_stats st on st.product_id = p.id
                  join categories c on c.id = p.category_id
                  left join merchant_terms b on b.id = p.brand_id
                  left join merchant_terms s on s.id = p.series_id
                 where p.id = $1 and %s""".formatted(ShopperVisibility.OF_P))
                .execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? null : rows.iterator().next());
    }

    /** The categories on a path such as /1/2/3/, root first. */
    public Uni<List<Row>> categoriesOnPath(String path) {
        Long[] ids = Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf).toArray(Long[]::new);
        return list("select id, name, slug from categories where id = any($1) order by length(path)", Tuple.of(ids));
    }

    /** Keywords and tags, by name. */
    public Uni<List<Row>> terms(UUID productId) {
        return list("""
                select t.id, t.kind, t.name from product_terms pt join merchant_terms t on t.id = pt.term_id
                 where pt.product_id = $1 order by lower(t.name), t.id""", Tuple.of(productId));
    }

    public Uni<List<Row>> skus(UUID productId) {
        return list("select id, attributes::text as attributes, price_minor, stock, image_id, member_price_minor from skus "
                + "where product_id = $1 order by position", Tuple.of(productId));
    }

    /** Attached images in gallery order; pending uploads are not shown. */
    public Uni<List<Row>> images(UUID productId) {
        return list("select id, object_key, width, height from product_images "
                + "where product_id = $1 and status = 'ATTACHED' order by position, id", Tuple.of(productId));
    }

    private Uni<List<Row>> list(String sql, Tuple parameters) {
        return pool.preparedQuery(sql).execute(parameters).map(ProductPageRepository::rows);
    }

    private static List<Row> rows(RowSet<Row> rows) {
        List<Row> list = new ArrayList<>(rows.size());
        rows.forEach(list::add);
        return list;
    }
}
