package io.bazaar.reviews.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The reviews area's answer to "what do buyers say about this product?", written once for other areas (the catalog's
 * server-rendered product pages): the newest published reviews. Held and rejected reviews are never among them.
 */
@ApplicationScoped
public class ProductReviews {

    /** Most reviews one call returns. */
    public static final int MAX = 20;

    private static final String NEWEST = """
            select id, product_id, author_name, author_erased, stars, title, body, sku_attributes::text as sku_attributes, created_at
              from reviews
             where product_id = $1 and status = 'PUBLISHED'
             order by created_at desc, id desc
             limit $2""";

    /** Up to limit (at most {@link #MAX}) published reviews of the product, newest first. */
    public Uni<List<PublishedReview>> newest(SqlClient client, UUID productId, int limit) {
        if (limit < 1 || limit > MAX) {
            throw new IllegalArgumentException("Ask for 1 to " + MAX + " reviews, not " + limit);
        }
        return client.preparedQuery(NEWEST).execute(Tuple.of(productId, limit)).map(rows -> {
            List<PublishedReview> reviews = new ArrayList<>();
            rows.forEach(row -> reviews.add(review(row)));
            return reviews;
        });
    }

    private static PublishedReview review(Row row) {
        return new PublishedReview(row.getUUID("id"), row.getUUID("product_id"), row.getString("author_name"),
                row.getBoolean("author_erased"), row.getInteger("stars"), row.getString("title"), row.getString("body"), row.getString("sku_attributes"),
                row.getOffsetDateTime("created_at").toInstant());
    }
}
