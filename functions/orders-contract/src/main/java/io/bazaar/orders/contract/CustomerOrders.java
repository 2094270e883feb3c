package io.bazaar.orders.contract;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The orders area's answer to "is this the customer's order, and whose shop sold it?", written once. Reads only.
 */
@ApplicationScoped
public class CustomerOrders {

    private static final String ONE = "select number, account_id, merchant_id, status, created_at from orders "
            + "where number = $1 and account_id = $2";

    /** The customer's order by its number; empty when there is no such order or it is somebody else's. */
    public Uni<Optional<CustomerOrder>> find(SqlClient client, UUID accountId, String number) {
        return client.preparedQuery(ONE).execute(Tuple.of(number, accountId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(order(rows.iterator().next())));
    }

    private static CustomerOrder order(Row row) {
        return new CustomerOrder(row.getString("number"), row.getUUID("account_id"), row.getUUID("merchant_id"),
                row.getString("status"), row.getOffsetDateTime("created_at").toInstant());
    }
}
