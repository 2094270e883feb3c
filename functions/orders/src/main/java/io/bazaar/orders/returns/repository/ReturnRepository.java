package io.bazaar.orders.returns.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.returns.service.OrderReturn;
import io.bazaar.orders.returns.service.ReturnChange;
import io.bazaar.orders.returns.service.ReturnKind;
import io.bazaar.orders.returns.service.ReturnLine;
import io.bazaar.orders.returns.service.ReturnReason;
import io.bazaar.orders.returns.service.ReturnStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of returns, their lines and history; every state change is guarded by the expected current status. */
@ApplicationScoped
public class ReturnRepository {

    private static final String COLUMNS = "id, order_number, account_id, merchant_id, kind, status, reason, details, currency, "
            + "reject_reason, carrier, tracking_number, refund_actor, refund_id, refund_amount_minor, created_at, updated_at";
    private static final String OPEN = ReturnStatus.OPEN.stream().map(s -> "'" + s.name() + "'").sorted()
            .collect(Collectors.joining(", ", "(", ")"));
    /** Who may see a return in a list: the shopper ($1 account), the merchant ($2) or, both null, the admin. */
    private static final String FILTER = "($1::uuid is null or account_id = $1) and ($2::uuid is null or merchant_id = $2) "
            + "and ($3::varchar is null or status = $3)";

    private final Pool pool;

    ReturnRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(SqlClient tx, OrderReturn r) {
        return tx.preparedQuery("insert into order_returns (id, order_number, account_id, merchant_id, kind, status, reason, "
                + "details, currency, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)")
                .execute(Tuple.from(Arrays.asList(r.id(), r.orderNumber(), r.accountId(), r.merchantId(), r.kind().name(),
                        r.status().name(), r.reason().name(), r.details(), r.currency(), utc(r.createdAt()))))
                .chain(() -> {
                    List<Tuple> lines = new ArrayList<>();
                    r.lines().forEach(l -> lines.add(Tuple.of(r.id(), r.orderNumber(), l.lineNo(), l.quantity())));
                    return tx.preparedQuery("insert into order_return_lines (return_id, order_number, line_no, quantity) "
                            + "values ($1, $2, $3, $4)").executeBatch(lines);
                })
                .replaceWithVoid();
    }

    public Uni<Void> addHistory(SqlClient tx, UUID id, ReturnChange change) {
        return tx.preparedQuery("insert into order_return_history (return_id, from_status, to_status, at, by_actor, note) "
                + "values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.from(Arrays.asList(id, change.from() == null ? null : change.from().name(), change.to().name(),
                        utc(change.at()), change.by(), change.note())))
                .replaceWithVoid();
    }

    /** What a move writes besides the status; null fields keep their value. */
    public record Changes(String rejectReason, String carrier, String trackingNumber, String refundActor, UUID refundId,
            Long refundAmountMinor) {

        public static final Changes NONE = new Changes(null, null, null, null, null, null);
    }

    /** Moves the return from {@code from} to {@code to}; false when it is not (any more) in {@code from}. */
    public Uni<Boolean> move(SqlClient tx, UUID id, ReturnStatus from, ReturnStatus to, Instant at, Changes changes) {
        return tx.preparedQuery("update order_returns set status = $3, updated_at = $4, "
                + "reject_reason = coalesce($5, reject_reason), carrier = coalesce($6, carrier), "
                + "tracking_number = coalesce($7, tracking_number), refund_actor = coalesce($8, refund_actor), "
                + "refund_id = coalesce($9, refund_id), refund_amount_minor = coalesce($10, refund_amount_minor) "
                + "where id = $1 and status = $2")
                .execute(Tuple.from(Arrays.asList(id, from.name(), to.name(), utc(at), changes.rejectReason(),
                        changes.carrier(), changes.trackingNumber(), changes.refundActor(), changes.refundId(),
                        changes.refundAmountMinor())))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Void> recordResellable(SqlClient tx, UUID id, Map<Integer, Boolean> resellable) {
        List<Tuple> rows = new ArrayList<>();
        resellable.forEach((lineNo, value) -> rows.add(Tuple.of(id, lineNo, value)));
        return tx.preparedQuery("update order_return_lines set resellable = $3 where return_id = $1 and line_no = $2")
                .executeBatch(rows).replaceWithVoid();
    }

    public Uni<OrderReturn> find(SqlClient client, UUID id) {
        return client.preparedQuery("select " + COLUMNS + " from order_returns where id = $1").execute(Tuple.of(id))
                .chain(rows -> withLines(client, rows)).map(list -> list.isEmpty() ? null : list.get(0));
    }

    public Uni<OrderReturn> find(UUID id) {
        return find(pool, id);
    }

    public Uni<List<ReturnChange>> history(UUID id) {
        return pool.preparedQuery("select from_status, to_status, at, by_actor, note from order_return_history "
                + "where return_id = $1 order by id").execute(Tuple.of(id)).map(rows -> {
                    List<ReturnChange> changes = new ArrayList<>();
                    rows.forEach(row -> changes.add(new ReturnChange(
                            row.getString("from_status") == null ? null : ReturnStatus.valueOf(row.getString("from_status")),
                            ReturnStatus.valueOf(row.getString("to_status")), row.getOffsetDateTime("at").toInstant(),
                            row.getString("by_actor"), row.getString("note"))));
                    return changes;
                });
    }

    /** Units of each line of the order in returns that have not ended (refunded ones are in refund_lines). */
    public Uni<Map<Integer, Integer>> openUnits(SqlClient tx, String orderNumber) {
        return tx.preparedQuery("select l.line_no, sum(l.quantity)::int as units from order_return_lines l "
                + "join order_returns r on r.id = l.return_id where r.order_number = $1 and r.status in " + OPEN
                + " group by l.line_no").execute(Tuple.of(orderNumber)).map(rows -> {
                    Map<Integer, Integer> units = new HashMap<>();
                    rows.forEach(row -> units.put(row.getInteger("line_no"), row.getInteger("units")));
                    return units;
                });
    }

    /** Whether the order has a return that has not ended. */
    public Uni<Boolean> hasOpen(SqlClient client, String orderNumber) {
        return client.preparedQuery("select exists (select 1 from order_returns where order_number = $1 and status in "
                + OPEN + ")").execute(Tuple.of(orderNumber)).map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** Locks the order row (its returns and its completion take turns on it); false when there is no such order. */
    public Uni<Boolean> lockOrder(SqlClient tx, String orderNumber) {
        return tx.preparedQuery("select 1 from orders where number = $1 for update").execute(Tuple.of(orderNumber))
                .map(rows -> rows.size() == 1);
    }

    /** SQL condition on {@code orders} (as named in the caller's query) that no return of the order is open. */
    public static String noOpenReturnOf(String ordersAlias) {
        return "not exists (select 1 from order_returns r where r.order_number = " + ordersAlias + ".number and r.status in "
                + OPEN + ")";
    }

    public Uni<List<OrderReturn>> ofOrder(String orderNumber) {
        return pool.preparedQuery("select " + COLUMNS + " from order_returns where order_number = $1 order by created_at, id")
                .execute(Tuple.of(orderNumber)).chain(rows -> withLines(pool, rows));
    }

    /** A page of returns, newest first, of one shopper or one merchant (or all, both null), optionally in one status. */
    public Uni<List<OrderReturn>> page(UUID accountId, UUID merchantId, ReturnStatus status, int offset, int limit) {
        return pool.preparedQuery("select " + COLUMNS + " from order_returns where " + FILTER
                + " order by created_at desc, id desc limit $4 offset $5")
                .execute(Tuple.from(Arrays.asList(accountId, merchantId, status == null ? null : status.name(), limit, offset)))
                .chain(rows -> withLines(pool, rows));
    }

    public Uni<Long> count(UUID accountId, UUID merchantId, ReturnStatus status) {
        return pool.preparedQuery("select count(*) from order_returns where " + FILTER)
                .execute(Tuple.from(Arrays.asList(accountId, merchantId, status == null ? null : status.name())))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static Uni<List<OrderReturn>> withLines(SqlClient client, RowSet<Row> rows) {
        Map<UUID, Row> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.getUUID("id"), row));
        if (byId.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return client.preparedQuery("select return_id, line_no, quantity, resellable from order_return_lines "
                + "where return_id = any($1) order by line_no").execute(Tuple.of(byId.keySet().toArray(UUID[]::new)))
                .map(lineRows -> {
                    Map<UUID, List<ReturnLine>> lines = new HashMap<>();
                    lineRows.forEach(l -> lines.computeIfAbsent(l.getUUID("return_id"), k -> new ArrayList<>())
                            .add(new ReturnLine(l.getInteger("line_no"), l.getInteger("quantity"), l.getBoolean("resellable"))));
                    List<OrderReturn> all = new ArrayList<>();
                    byId.forEach((id, row) -> all.add(map(row).withLines(List.copyOf(lines.getOrDefault(id, List.of())))));
                    return all;
                });
    }

    private static OrderReturn map(Row row) {
        return new OrderReturn(row.getUUID("id"), row.getString("order_number"), row.getUUID("account_id"),
                row.getUUID("merchant_id"), ReturnKind.valueOf(row.getString("kind")),
                ReturnStatus.valueOf(row.getString("status")), ReturnReason.valueOf(row.getString("reason")),
                row.getString("details"), row.getString("currency").strip(), row.getString("reject_reason"),
                row.getString("carrier"), row.getString("tracking_number"), row.getString("refund_actor"),
                row.getUUID("refund_id"), row.getLong("refund_amount_minor"), instant(row, "created_at"),
                instant(row, "updated_at"), List.of());
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
