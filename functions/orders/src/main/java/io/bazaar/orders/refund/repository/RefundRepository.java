package io.bazaar.orders.refund.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.refund.service.PaymentAlert;
import io.bazaar.orders.refund.service.Refund;
import io.bazaar.orders.refund.service.RefundLine;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of refunds, their lines, the orders' refunded amounts and payment alerts. */
@ApplicationScoped
public class RefundRepository {

    private static final String COLUMNS = "id, payment_id, order_number, kind, amount_minor, currency, status, "
            + "provider_reference, reason, by_actor, created_at";

    private final Pool pool;

    RefundRepository(Pool pool) {
        this.pool = pool;
    }

    /** Locks the order for its refund and gives what has been refunded on it so far; null when there is no such order. */
    public Uni<Long> lockRefunded(SqlClient tx, String number) {
        return tx.preparedQuery("select refunded_minor from orders where number = $1 for update").execute(Tuple.of(number))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
    }

    public Uni<Long> refundedOf(String number) {
        return pool.preparedQuery("select refunded_minor from orders where number = $1").execute(Tuple.of(number))
                .map(rows -> rows.size() == 0 ? 0L : rows.iterator().next().getLong(0));
    }

    /** Adds to the order's refunded amount unless that would exceed its total; false when it would. */
    public Uni<Boolean> addRefunded(SqlClient tx, String number, long amountMinor, Instant at) {
        return tx.preparedQuery("update orders set refunded_minor = refunded_minor + $2, updated_at = $3 "
                + "where number = $1 and refunded_minor + $2 <= total_minor")
                .execute(Tuple.of(number, amountMinor, at.atOffset(ZoneOffset.UTC))).map(rows -> rows.rowCount() == 1);
    }

    /** Units already refunded per line number of the order. */
    public Uni<Map<Integer, Integer>> refundedUnits(SqlClient tx, String number) {
        return tx.preparedQuery("select line_no, sum(quantity)::int as units from refund_lines where order_number = $1 "
                + "group by line_no").execute(Tuple.of(number)).map(rows -> {
                    Map<Integer, Integer> units = new HashMap<>();
                    rows.forEach(row -> units.put(row.getInteger("line_no"), row.getInteger("units")));
                    return units;
                });
    }

    public Uni<Void> insert(SqlClient tx, Refund r, String idempotencyKey) {
        return tx.preparedQuery("insert into refunds (" + COLUMNS + ", idempotency_key) "
                + "values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
                .execute(Tuple.from(Arrays.asList(r.id(), r.paymentId(), r.orderNumber(), r.kind(), r.amountMinor(),
                        r.currency(), r.status(), r.providerReference(), r.reason(), r.by(),
                        r.createdAt().atOffset(ZoneOffset.UTC), idempotencyKey)))
                .chain(() -> {
                    if (r.lines().isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    List<Tuple> lines = new ArrayList<>();
                    r.lines().forEach(l -> lines.add(Tuple.of(r.id(), r.orderNumber(), l.lineNo(), l.quantity(),
                            l.amountMinor(), l.restocked())));
                    return tx.preparedQuery("insert into refund_lines (refund_id, order_number, line_no, quantity, "
                            + "amount_minor, restocked) values ($1, $2, $3, $4, $5, $6)").executeBatch(lines).replaceWithVoid();
                });
    }

    /** Records what the provider answered for the refund. */
    public Uni<Void> provided(SqlClient tx, UUID id, String providerReference, String status) {
        return tx.preparedQuery("update refunds set provider_reference = $2, status = $3 where id = $1")
                .execute(Tuple.of(id, providerReference, status)).replaceWithVoid();
    }

    /** Marks the payment's pending refunds done (the provider reports them refunded). */
    public Uni<Void> confirmPending(SqlClient tx, UUID paymentId) {
        return tx.preparedQuery("update refunds set status = 'SUCCEEDED' where payment_id = $1 and status = 'PENDING'")
                .execute(Tuple.of(paymentId)).replaceWithVoid();
    }

    /** Everything Bazaar has refunded, or is refunding, on the payment. */
    public Uni<Long> totalOfPayment(SqlClient tx, UUID paymentId) {
        return tx.preparedQuery("select coalesce(sum(amount_minor), 0) from refunds where payment_id = $1 and status <> 'FAILED'")
                .execute(Tuple.of(paymentId)).map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Refund> find(SqlClient client, UUID id) {
        return client.preparedQuery("select " + COLUMNS + " from refunds where id = $1").execute(Tuple.of(id))
                .chain(rows -> withLines(client, rows)).map(list -> list.isEmpty() ? null : list.get(0));
    }

    public Uni<List<Refund>> ofOrder(String number) {
        return pool.preparedQuery("select " + COLUMNS + " from refunds where order_number = $1 order by created_at, id")
                .execute(Tuple.of(number)).chain(rows -> withLines(pool, rows));
    }

    public Uni<List<Refund>> ofPayment(UUID paymentId) {
        return pool.preparedQuery("select " + COLUMNS + " from refunds where payment_id = $1 order by created_at, id")
                .execute(Tuple.of(paymentId)).chain(rows -> withLines(pool, rows));
    }

    /** Records an alert once per dedup key (a replayed webhook adds nothing); true when it is new. */
    public Uni<Boolean> alert(SqlClient tx, UUID paymentId, String kind, String detail, UUID refundId, String dedupKey,
            Instant at) {
        return tx.preparedQuery("insert into payment_alerts (payment_id, kind, detail, refund_id, dedup_key, created_at) "
                + "values ($1, $2, $3, $4, $5, $6) on conflict (dedup_key) do nothing")
                .execute(Tuple.from(Arrays.asList(paymentId, kind, detail, refundId, dedupKey, at.atOffset(ZoneOffset.UTC))))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<List<PaymentAlert>> alerts(int offset, int limit) {
        return pool.preparedQuery("select id, payment_id, kind, detail, refund_id, created_at from payment_alerts "
                + "order by created_at desc, id desc limit $1 offset $2").execute(Tuple.of(limit, offset)).map(rows -> {
                    List<PaymentAlert> alerts = new ArrayList<>();
                    rows.forEach(row -> alerts.add(new PaymentAlert(row.getLong("id"), row.getUUID("payment_id"),
                            row.getString("kind"), row.getString("detail"), row.getUUID("refund_id"),
                            row.getOffsetDateTime("created_at").toInstant())));
                    return alerts;
                });
    }

    public Uni<Long> alertCount() {
        return pool.query("select count(*) from payment_alerts").execute().map(rows -> rows.iterator().next().getLong(0));
    }

    private static Uni<List<Refund>> withLines(SqlClient client, RowSet<Row> rows) {
        Map<UUID, Row> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.getUUID("id"), row));
        if (byId.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return client.preparedQuery("select refund_id, line_no, quantity, amount_minor, restocked from refund_lines "
                + "where refund_id = any($1) order by line_no").execute(Tuple.of(byId.keySet().toArray(UUID[]::new)))
                .map(lineRows -> {
                    Map<UUID, List<RefundLine>> lines = new HashMap<>();
                    lineRows.forEach(l -> lines.computeIfAbsent(l.getUUID("refund_id"), k -> new ArrayList<>())
                            .add(new RefundLine(l.getInteger("line_no"), l.getInteger("quantity"), l.getLong("amount_minor"),
                                    l.getBoolean("restocked"))));
                    List<Refund> refunds = new ArrayList<>();
                    byId.forEach((id, row) -> refunds.add(new Refund(id, row.getUUID("payment_id"), row.getString("order_number"),
                            row.getString("kind"), row.getLong("amount_minor"), row.getString("currency").strip(),
                            row.getString("status"), row.getString("provider_reference"), row.getString("reason"),
                            row.getString("by_actor"), row.getOffsetDateTime("created_at").toInstant(),
                            List.copyOf(lines.getOrDefault(id, List.of())))));
                    return refunds;
                });
    }
}
