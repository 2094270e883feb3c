package io.bazaar.statistics.contract;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The one insert into the statistics area's {@code behaviour_events} table, used by the recorder in other areas'
 * transactions and by the statistics area's queue consumer alike. An id seen before is skipped: that is how a
 * retried send, a redelivered message or a repeated transition is counted once.
 */
@ApplicationScoped
public class EventRows {

    private static final String INSERT = "insert into behaviour_events (id, kind, occurred_at, merchant_id, product_id, "
            + "sku_id, visitor_id, account_id, order_number, quantity, amount_minor, currency, lines, source, query, "
            + "result_count, position, details) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
            + "$16, $17, $18) on conflict (id) do nothing";

    /** Inserts the events not stored yet; completes with how many were new. */
    public Uni<Integer> insert(SqlClient client, List<BehaviourEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return client.preparedQuery(INSERT).executeBatch(events.stream().map(EventRows::tuple).toList())
                .map(EventRows::inserted);
    }

    private static int inserted(RowSet<Row> first) {
        int count = 0;
        for (RowSet<Row> rows = first; rows != null; rows = rows.next()) {
            count += rows.rowCount();
        }
        return count;
    }

    private static Tuple tuple(BehaviourEvent e) {
        JsonArray lines = new JsonArray();
        e.lines().forEach(l -> lines.add(new JsonObject().put("productId", l.productId().toString())
                .put("skuId", l.skuId() == null ? null : l.skuId().toString()).put("quantity", l.quantity())
                .put("amountMinor", l.amountMinor())));
        return Tuple.tuple().addUUID(e.id()).addString(e.kind().name())
                .addOffsetDateTime(e.occurredAt().atOffset(ZoneOffset.UTC)).addUUID(e.merchantId()).addUUID(e.productId())
                .addUUID(e.skuId()).addUUID(e.visitorId()).addUUID(e.accountId()).addString(e.orderNumber())
                .addInteger(e.quantity()).addLong(e.amountMinor()).addString(e.currency()).addValue(lines)
                .addString(e.source() == null ? null : e.source().name()).addString(e.query())
                .addInteger(e.resultCount()).addInteger(e.position())
                .addValue(new JsonObject(new LinkedHashMap<String, Object>(e.details())));
    }
}
