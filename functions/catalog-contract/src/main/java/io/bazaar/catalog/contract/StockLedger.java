package io.bazaar.catalog.contract;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The only way another area changes the catalog's stock: units are taken in the buyer's transaction with a guarded
 * update (never below zero, only while the product is for sale) and given back by restore. Both change the current
 * row by a difference, so they compose with any concurrent edit, and they lock the SKU rows only; the catalog's
 * entities never write the column (docs/decisions/stock-and-counters.md).
 */
@ApplicationScoped
public class StockLedger {

    private static final String TAKE = """
            update skus s set stock = s.stock - $2
              from products p
             where s.id = $1 and s.stock >= $2 and p.id = s.product_id and %s""".formatted(ShopperVisibility.OF_P);

    private static final String RESTORE = "update skus set stock = stock + $2 where id = $1";

    /** Takes the units off the SKU's stock; false, and nothing changed, when there are fewer or it is not for sale. */
    public Uni<Boolean> take(SqlClient tx, UUID skuId, int quantity) {
        requirePositive(quantity);
        return tx.preparedQuery(TAKE).execute(Tuple.of(skuId, quantity)).map(rows -> rows.rowCount() == 1);
    }

    /**
     * Gives units back (an unpaid order cancelled, resellable goods returned); false when the SKU no longer exists,
     * which changes nothing.
     */
    public Uni<Boolean> restore(SqlClient tx, UUID skuId, int quantity) {
        requirePositive(quantity);
        return tx.preparedQuery(RESTORE).execute(Tuple.of(skuId, quantity)).map(rows -> rows.rowCount() == 1);
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("A stock movement is a positive number of units, not " + quantity);
        }
    }
}
