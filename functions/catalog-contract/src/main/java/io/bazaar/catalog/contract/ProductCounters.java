package io.bazaar.catalog.contract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Counters about products (units sold, views, ratings) in the catalog's product_stats table, apart from the product
 * row so that no edit of a product can overwrite them. They change only by increments, in the caller's transaction:
 * sales when an order is paid (and back when a whole line is refunded), views when the catalog rolls them up,
 * ratings when reviews are written or removed.
 */
@ApplicationScoped
public class ProductCounters {

    /** Adds units sold (negative: units refunded) to each product; ids of deleted products match nothing. */
    public Uni<Void> addSales(SqlClient tx, Map<UUID, Long> unitsByProduct) {
        return add(tx, "sales_count", unitsByProduct);
    }

    /** Adds views to each product. */
    public Uni<Void> addViews(SqlClient tx, Map<UUID, Long> viewsByProduct) {
        return add(tx, "view_count", viewsByProduct);
    }

    /**
     * Adds one rating of these stars (or, with {@code removed}, takes one away) to the product's aggregate: count, sum
     * and the star's column of the histogram move together in one statement, so they always agree. A product without
     * its counters row (deleted) is left alone.
     */
    public Uni<Void> addRating(SqlClient tx, UUID productId, int stars, boolean removed) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("A rating has 1 to 5 stars, not " + stars);
        }
        int sign = removed ? -1 : 1;
        // the star's column is derived from a checked number, never from input text
        String star = "rating_" + stars;
        return tx.preparedQuery("update product_stats set rating_count = rating_count + $2, rating_sum = rating_sum + $3, "
                + star + " = " + star + " + $2 where product_id = $1")
                .execute(Tuple.of(productId, sign, (long) sign * stars)).replaceWithVoid();
    }

    /**
     * Moves one rating from {@code fromStars} to {@code toStars} (either null: none), e.g. a published review edited
     * from 2 to 4 stars (2, 4), published (null, 4) or hidden (4, null); nothing when both are the same.
     */
    public Uni<Void> changeRating(SqlClient tx, UUID productId, Integer fromStars, Integer toStars) {
        if (Objects.equals(fromStars, toStars)) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> taken = fromStars == null ? Uni.createFrom().voidItem() : addRating(tx, productId, fromStars, true);
        return taken.chain(() -> toStars == null ? Uni.createFrom().voidItem() : addRating(tx, productId, toStars, false));
    }

    /** The product's rating aggregate as stored: count, sum and ratings per star; empty for an unknown product. */
    public Uni<Optional<RatingSummary>> ratingOf(SqlClient client, UUID productId) {
        return client.preparedQuery("select rating_count, rating_sum, rating_1, rating_2, rating_3, rating_4, rating_5 "
                + "from product_stats where product_id = $1").execute(Tuple.of(productId)).map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    var row = rows.iterator().next();
                    return Optional.of(new RatingSummary(row.getInteger("rating_count"), row.getLong("rating_sum"),
                            List.of(row.getInteger("rating_1"), row.getInteger("rating_2"),
                                    row.getInteger("rating_3"), row.getInteger("rating_4"), row.getInteger("rating_5"))));
                });
    }

    private static Uni<Void> add(SqlClient tx, String column, Map<UUID, Long> deltas) {
        if (deltas.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID[] ids = deltas.keySet().toArray(UUID[]::new);
        Long[] amounts = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            amounts[i] = deltas.get(ids[i]);
        }
        // one statement for the batch; the column is one of this class's constants, never input
        return tx.preparedQuery("update product_stats st set " + column + " = st." + column + " + d.amount "
                + "from unnest($1::uuid[], $2::bigint[]) as d(id, amount) where st.product_id = d.id")
                .execute(Tuple.of(ids, amounts)).replaceWithVoid();
    }
}
