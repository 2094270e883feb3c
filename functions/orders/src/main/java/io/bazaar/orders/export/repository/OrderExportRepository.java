package io.bazaar.orders.export.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.orders.export.service.ExportFormat;
import io.bazaar.orders.export.service.ExportState;
import io.bazaar.orders.export.service.OrderExport;
import io.bazaar.orders.order.service.OrderQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * SQL of {@code order_exports}, which is both the export's record and the job's queue. A worker's writes are guarded
 * by its attempt number, so a worker that lost its lease (and was replaced) can no longer change the row.
 */
@ApplicationScoped
public class OrderExportRepository {

    private static final String COLUMNS = "id, merchant_id, requested_by, format, query::text as query, state, rows_total, "
            + "orders_done, lines_written, size_bytes, object_key, upload_id, error, attempts, created_at, started_at, "
            + "finished_at, expires_at";

    private final Pool pool;
    private final ObjectMapper json;

    OrderExportRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    public Uni<Void> insert(OrderExport e) {
        return pool.preparedQuery("insert into order_exports (id, merchant_id, requested_by, format, query, state, created_at) "
                + "values ($1, $2, $3, $4, $5::text::jsonb, $6, $7)")
                .execute(Tuple.from(Arrays.asList(e.id(), e.merchantId(), e.requestedBy(), e.format().name(),
                        write(e.query()), e.state().name(), utc(e.createdAt()))))
                .replaceWithVoid();
    }

    /** The merchant's export; null when there is none with this id, or it is another merchant's. */
    public Uni<OrderExport> find(UUID merchantId, UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from order_exports where id = $1 and merchant_id = $2")
                .execute(Tuple.of(id, merchantId)).map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** The merchant's newest exports first. */
    public Uni<List<OrderExport>> ofMerchant(UUID merchantId, int limit) {
        return pool.preparedQuery("select " + COLUMNS + " from order_exports where merchant_id = $1 "
                + "order by created_at desc, id desc limit $2").execute(Tuple.of(merchantId, limit)).map(this::all);
    }

    /** How many of the merchant's exports are queued or running. */
    public Uni<Long> active(UUID merchantId, Instant now) {
        return pool.preparedQuery("select count(*) from order_exports where merchant_id = $1 and (state = 'QUEUED' "
                + "or (state = 'RUNNING' and lease_until > $2))").execute(Tuple.of(merchantId, utc(now)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Takes the oldest export waiting for a worker (queued, or running under a lease that ran out) and marks it
     * running under a new lease and attempt; null when none waits. Skips rows another worker is taking right now.
     */
    public Uni<OrderExport> claim(Instant now, Instant leaseUntil) {
        return pool.preparedQuery("update order_exports set state = 'RUNNING', attempts = attempts + 1, lease_until = $2, "
                + "started_at = coalesce(started_at, $1), orders_done = 0, lines_written = 0 where id = ("
                + "select id from order_exports where state = 'QUEUED' or (state = 'RUNNING' and lease_until < $1) "
                + "order by created_at limit 1 for update skip locked) returning " + COLUMNS)
                .execute(Tuple.of(utc(now), utc(leaseUntil)))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** The worker's start: the total to expect and its upload; false when the attempt is no longer the current one. */
    public Uni<Boolean> started(UUID id, int attempt, long total, String objectKey, String uploadId) {
        return pool.preparedQuery("update order_exports set rows_total = $3, object_key = $4, upload_id = $5 "
                + "where id = $1 and attempts = $2 and state = 'RUNNING'")
                .execute(Tuple.from(Arrays.asList(id, attempt, total, objectKey, uploadId))).map(rows -> rows.rowCount() == 1);
    }

    /** Progress, which also extends the lease; false when the attempt is no longer the current one. */
    public Uni<Boolean> progress(UUID id, int attempt, long ordersDone, long linesWritten, Instant leaseUntil) {
        return pool.preparedQuery("update order_exports set orders_done = $3, lines_written = $4, lease_until = $5 "
                + "where id = $1 and attempts = $2 and state = 'RUNNING'")
                .execute(Tuple.of(id, attempt, ordersDone, linesWritten, utc(leaseUntil))).map(rows -> rows.rowCount() == 1);
    }

    /** The export's file is complete, in the caller's transaction (its notice goes with it); false as above. */
    public Uni<Boolean> done(SqlClient tx, UUID id, int attempt, long ordersDone, long linesWritten, long sizeBytes,
            Instant now, Instant expiresAt) {
        return tx.preparedQuery("update order_exports set state = 'DONE', orders_done = $3, lines_written = $4, "
                + "size_bytes = $5, finished_at = $6, expires_at = $7, upload_id = null, lease_until = null "
                + "where id = $1 and attempts = $2 and state = 'RUNNING'")
                .execute(Tuple.from(Arrays.asList(id, attempt, ordersDone, linesWritten, sizeBytes, utc(now), utc(expiresAt))))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Boolean> failed(UUID id, int attempt, String error, Instant now) {
        return pool.preparedQuery("update order_exports set state = 'FAILED', error = $3, finished_at = $4, "
                + "upload_id = null, lease_until = null where id = $1 and attempts = $2 and state = 'RUNNING'")
                .execute(Tuple.of(id, attempt, error.length() > 300 ? error.substring(0, 300) : error, utc(now)))
                .map(rows -> rows.rowCount() == 1);
    }

    private List<OrderExport> all(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<OrderExport> list = new ArrayList<>();
        rows.forEach(row -> list.add(map(row)));
        return list;
    }

    private OrderExport map(Row row) {
        return new OrderExport(row.getUUID("id"), row.getUUID("merchant_id"), row.getUUID("requested_by"),
                ExportFormat.valueOf(row.getString("format")), read(row.getString("query")),
                ExportState.valueOf(row.getString("state")), row.getLong("rows_total"), row.getLong("orders_done"),
                row.getLong("lines_written"), row.getLong("size_bytes"), row.getString("object_key"),
                row.getString("upload_id"), row.getString("error"), row.getInteger("attempts"), instant(row, "created_at"),
                instant(row, "started_at"), instant(row, "finished_at"), instant(row, "expires_at"));
    }

    private String write(OrderQuery query) {
        try {
            return json.writeValueAsString(query);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an order query is always JSON", e);
        }
    }

    private OrderQuery read(String text) {
        try {
            return json.readValue(text, OrderQuery.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored export query is not valid", e);
        }
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
