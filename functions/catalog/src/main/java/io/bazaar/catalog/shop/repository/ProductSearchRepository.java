package io.bazaar.catalog.shop.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.product.ImageUrls;
import io.bazaar.catalog.shop.FacetCount;
import io.bazaar.catalog.shop.PriceBucket;
import io.bazaar.catalog.shop.ProductCard;
import io.bazaar.catalog.shop.ProductLinks;
import io.bazaar.catalog.shop.ProductQuery;
import io.bazaar.catalog.shop.TermRef;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Runs catalog searches over visible products with the reactive SQL client; the SQL itself is in {@link SearchSql}. */
@ApplicationScoped
public class ProductSearchRepository {

    /** Facet lists are capped so a broad search does not ship every brand of the platform. */
    static final int FACET_LIMIT = 30;

    private final Pool pool;
    private final ImageUrls images;

    ProductSearchRepository(Pool pool, ImageUrls images) {
        this.pool = pool;
        this.images = images;
    }

    public Uni<List<ProductCard>> page(ProductQuery query) {
        return run(new SearchSql(query).page(query.page(), query.sort())).map(rows -> map(rows, this::card));
    }

    public Uni<Summary> summary(ProductQuery query) {
        return run(new SearchSql(query).summary()).map(rows -> {
            Row row = rows.iterator().next();
            return new Summary(row.getLong("total"), row.getLong("low"), row.getLong("high"));
        });
    }

    public Uni<List<FacetCount>> brands(ProductQuery query) {
        return run(new SearchSql(query).brandFacet(FACET_LIMIT)).map(rows -> map(rows, ProductSearchRepository::facet));
    }

    public Uni<List<FacetCount>> tags(ProductQuery query) {
        return run(new SearchSql(query).tagFacet(FACET_LIMIT)).map(rows -> map(rows, ProductSearchRepository::facet));
    }

    /** Non-empty buckets of width {@code step} from {@code start}, in price order. */
    public Uni<List<PriceBucket>> priceBuckets(ProductQuery query, long start, long step) {
        return run(new SearchSql(query).priceFacet(start, step)).map(rows -> map(rows, row -> {
            long bucket = row.getLong("bucket");
            return new PriceBucket(start + bucket * step, start + (bucket + 1) * step, row.getLong("hits"));
        }));
    }

    private Uni<RowSet<Row>> run(SearchSql.Statement statement) {
        return pool.preparedQuery(statement.sql()).execute(statement.parameters());
    }

    private ProductCard card(Row row) {
        Long brandId = row.getLong("brand_id");
        String imageKey = row.getString("image_key");
        int ratingCount = row.getInteger("rating_count");
        return new ProductCard(row.getUUID("id"), row.getString("name"), row.getString("slug"),
                ProductLinks.url(row.getUUID("id"), row.getString("slug")),
                brandId == null ? null : new TermRef(brandId, row.getString("brand_name")),
                row.getLong("min_price_minor"), row.getLong("max_price_minor"), row.getString("currency"),
                row.getBoolean("in_stock"), row.getLong("sales_count"), ratingCount,
                ProductLinks.ratingAverage(ratingCount, row.getLong("rating_sum")),
                imageKey == null ? null : images.of(imageKey));
    }

    private static FacetCount facet(Row row) {
        return new FacetCount(row.getLong("id"), row.getString("name"), row.getLong("hits"));
    }

    private static <T> List<T> map(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(mapper.apply(row)));
        return list;
    }

    /** The size of the result set and the range of its starting prices (null when no product has a price). */
    public record Summary(long total, Long lowestMinor, Long highestMinor) {
    }
}
