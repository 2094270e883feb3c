package io.bazaar.statistics.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.statistics.contract.EventKind;
import io.bazaar.statistics.contract.EventLine;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Queries of the raw behaviour_events table (its insert is the contract's EventRows): the roll-up's and the purge's. */
@ApplicationScoped
public class RawEventRepository {

    private static final String UNCOUNTED = "select id, kind, occurred_at, merchant_id, product_id, quantity, amount_minor, "
            + "currency, lines from behaviour_events where not counted order by received_at limit $1 for update skip locked";
    private static final String COUNTED = "update behaviour_events set counted = true where id = any($1)";
    private static final String PURGE = "delete from behaviour_events where id in (select id from behaviour_events "
            + "where occurred_at < $1 and counted limit $2)";

    /** The oldest events not yet in the roll-ups, locked for this transaction (a concurrent run takes others). */
    Uni<List<StoredEvent>> uncounted(SqlClient tx, int limit) {
        return tx.preparedQuery(UNCOUNTED).execute(Tuple.of(limit)).map(rows -> {
            List<StoredEvent> events = new ArrayList<>();
            rows.forEach(row -> events.add(event(row)));
            return events;
        });
    }

    Uni<Void> markCounted(SqlClient tx, List<UUID> ids) {
        return tx.preparedQuery(COUNTED).execute(Tuple.of((Object) ids.toArray(UUID[]::new))).replaceWithVoid();
    }

    /** Deletes up to {@code limit} counted events that happened before {@code before}; completes with how many. */
    Uni<Integer> purge(SqlClient client, Instant before, int limit) {
        return client.preparedQuery(PURGE).execute(Tuple.of(before.atOffset(ZoneOffset.UTC), limit)).map(rows -> rows.rowCount());
    }

    private static StoredEvent event(Row row) {
        List<EventLine> lines = new ArrayList<>();
        Object stored = row.getValue("lines");
        if (stored instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                JsonObject line = array.getJsonObject(i);
                String sku = line.getString("skuId");
                lines.add(new EventLine(UUID.fromString(line.getString("productId")), sku == null ? null : UUID.fromString(sku),
                        line.getInteger("quantity", 0), line.getLong("amountMinor", 0L)));
            }
        }
        return new StoredEvent(row.getUUID("id"), EventKind.valueOf(row.getString("kind")),
                row.getOffsetDateTime("occurred_at").toInstant(), row.getUUID("merchant_id"), row.getUUID("product_id"),
                row.getInteger("quantity"), row.getLong("amount_minor"), row.getString("currency"), lines);
    }
}
