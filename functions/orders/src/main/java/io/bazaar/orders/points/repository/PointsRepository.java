package io.bazaar.orders.points.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.points.service.PointsBalance;
import io.bazaar.orders.points.service.PointsEntry;
import io.bazaar.orders.points.service.PointsReason;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of the points ledger and of the per-account row that serialises its writers. */
@ApplicationScoped
public class PointsRepository {

    private final Pool pool;

    PointsRepository(Pool pool) {
        this.pool = pool;
    }

    /** Takes the account's ledger lock for the transaction (creating its row the first time). */
    public Uni<Void> lock(SqlClient tx, UUID accountId, Instant now) {
        return tx.preparedQuery("insert into points_accounts (account_id, created_at) values ($1, $2) "
                + "on conflict (account_id) do nothing").execute(Tuple.of(accountId, utc(now)))
                .chain(() -> tx.preparedQuery("select account_id from points_accounts where account_id = $1 for update")
                        .execute(Tuple.of(accountId)))
                .replaceWithVoid();
    }

    public Uni<Void> add(SqlClient tx, UUID accountId, long amount, PointsReason reason, String source, String note,
            Instant at, Instant expiresAt) {
        return add(tx, accountId, amount, reason, source, note, null, at, expiresAt);
    }

    /** An entry someone wrote by hand ({@code actor}, e.g. platform-admin:<id>), kept for the audit. */
    public Uni<Void> add(SqlClient tx, UUID accountId, long amount, PointsReason reason, String source, String note,
            String actor, Instant at, Instant expiresAt) {
        return tx.preparedQuery("insert into points_entries (account_id, amount, reason, source, note, by_actor, created_at, "
                + "expires_at) values ($1, $2, $3, $4, $5, $6, $7, $8)")
                .execute(Tuple.from(Arrays.asList(accountId, amount, reason.name(), source, note, actor, utc(at),
                        utc(expiresAt))))
                .replaceWithVoid();
    }

    /** The account's lots and what was taken out, as {@link PointsBalance#of} reads them. */
    public Uni<PointsBalance> balance(SqlClient client, UUID accountId, Instant now) {
        return client.preparedQuery("select amount, expires_at from points_entries where account_id = $1 and amount > 0 "
                + "order by expires_at nulls last, id").execute(Tuple.of(accountId))
                .chain(rows -> {
                    List<PointsBalance.Lot> lots = new ArrayList<>();
                    rows.forEach(row -> lots.add(new PointsBalance.Lot(row.getLong("amount"), instant(row, "expires_at"))));
                    return client.preparedQuery("select coalesce(-sum(amount), 0) from points_entries "
                            + "where account_id = $1 and amount < 0").execute(Tuple.of(accountId))
                            .map(debits -> PointsBalance.of(lots, debits.iterator().next().getLong(0), now));
                });
    }

    public Uni<PointsBalance> balance(UUID accountId, Instant now) {
        return balance(pool, accountId, now);
    }

    /** Points of lots that expired by {@code now} beyond everything taken out so far (first in, first out). */
    public Uni<Long> dueToExpire(SqlClient tx, UUID accountId, Instant now) {
        return tx.preparedQuery("select greatest(0, coalesce(sum(amount) filter (where amount > 0 and expires_at <= $2), 0) "
                + "+ coalesce(sum(amount) filter (where amount < 0), 0)) from points_entries where account_id = $1")
                .execute(Tuple.of(accountId, utc(now))).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Accounts with points due to expire by {@code now}. */
    public Uni<List<UUID>> accountsDueToExpire(Instant now, int limit) {
        return pool.preparedQuery("select account_id from points_entries group by account_id "
                + "having coalesce(sum(amount) filter (where amount > 0 and expires_at <= $1), 0) "
                + "+ coalesce(sum(amount) filter (where amount < 0), 0) > 0 limit $2")
                .execute(Tuple.of(utc(now), limit)).map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID(0)));
                    return ids;
                });
    }

    /** The sum of the entries with these sources and reasons. */
    public Uni<Long> sum(SqlClient tx, List<String> sources, PointsReason... reasons) {
        return tx.preparedQuery("select coalesce(sum(amount), 0) from points_entries where source = any($1) and reason = any($2)")
                .execute(Tuple.of(sources.toArray(String[]::new),
                        Arrays.stream(reasons).map(Enum::name).toArray(String[]::new)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<List<PointsEntry>> page(UUID accountId, int offset, int limit) {
        return pool.preparedQuery("select id, amount, reason, source, note, created_at, expires_at from points_entries "
                + "where account_id = $1 order by id desc limit $2 offset $3").execute(Tuple.of(accountId, limit, offset))
                .map(rows -> {
                    List<PointsEntry> entries = new ArrayList<>();
                    rows.forEach(row -> entries.add(new PointsEntry(row.getLong("id"), row.getLong("amount"),
                            PointsReason.valueOf(row.getString("reason")), row.getString("source"), row.getString("note"),
                            instant(row, "created_at"), instant(row, "expires_at"))));
                    return entries;
                });
    }

    public Uni<Long> count(UUID accountId) {
        return pool.preparedQuery("select count(*) from points_entries where account_id = $1").execute(Tuple.of(accountId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** What an order holds for points: its account, money and the points spent on it. */
    public record OrderFacts(UUID accountId, String currency, long totalMinor, long shippingMinor, long refundedMinor,
            long pointsSpent, boolean memberVerified) {
    }

    public Uni<OrderFacts> orderFacts(SqlClient tx, String number) {
        return tx.preparedQuery("select account_id, currency, total_minor, shipping_minor, refunded_minor, points_spent, "
                + "member_verified from orders where number = $1").execute(Tuple.of(number)).map(rows -> {
                    Row row = rows.iterator().next();
                    return new OrderFacts(row.getUUID("account_id"), row.getString("currency").strip(),
                            row.getLong("total_minor"), row.getLong("shipping_minor"), row.getLong("refunded_minor"),
                            row.getLong("points_spent"), row.getBoolean("member_verified"));
                });
    }

    /** The ledger sources of the order's refunds ({@code refund:<id>}). */
    public Uni<List<String>> refundSources(SqlClient tx, String number) {
        return tx.preparedQuery("select 'refund:' || id from refunds where order_number = $1").execute(Tuple.of(number))
                .map(rows -> {
                    List<String> sources = new ArrayList<>();
                    rows.forEach(row -> sources.add(row.getString(0)));
                    return sources;
                });
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
