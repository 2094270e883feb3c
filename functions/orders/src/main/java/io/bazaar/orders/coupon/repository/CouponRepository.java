package io.bazaar.orders.coupon.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.coupon.service.Coupon;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of coupons and their redemptions. */
@ApplicationScoped
public class CouponRepository {

    private static final String COLUMNS = "id, code, merchant_id, kind, amount_minor, currency, percent, min_spend_minor, "
            + "valid_from, valid_until, once_per_customer, total_uses, used_count, created_at, published, collect_from, "
            + "collect_until, collect_stock, collected_count, per_customer_limit, valid_days, members_only";

    private final Pool pool;

    CouponRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Coupon> findByCode(String code) {
        return pool.preparedQuery("select " + COLUMNS + " from coupons where upper(code) = upper($1)").execute(Tuple.of(code))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    public Uni<List<Coupon>> list(int offset, int limit) {
        return pool.preparedQuery("select " + COLUMNS + " from coupons order by created_at desc, id limit $1 offset $2")
                .execute(Tuple.of(limit, offset)).map(rows -> {
                    List<Coupon> list = new ArrayList<>();
                    rows.forEach(row -> list.add(map(row)));
                    return list;
                });
    }

    public Uni<Coupon> insert(Coupon c) {
        return pool.preparedQuery("insert into coupons (" + COLUMNS + ") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, "
                + "$15, $16, $17, $18, $19, $20, $21, $22)")
                .execute(Tuple.from(Arrays.asList(c.id(), c.code(), c.merchantId(), c.kind().name(), c.amountMinor(),
                        c.currency(), c.percent(), c.minSpendMinor(), utc(c.validFrom()), utc(c.validUntil()),
                        c.oncePerCustomer(), c.totalUses(), c.usedCount(), utc(c.createdAt()), c.wallet().published(),
                        utc(c.wallet().collectFrom()), utc(c.wallet().collectUntil()), c.wallet().stock(),
                        c.wallet().collected(), c.wallet().perCustomerLimit(), c.wallet().validDays(), c.membersOnly())))
                .replaceWith(c);
    }

    /** Counts one use, if the coupon has uses left; false otherwise. */
    public Uni<Boolean> countUse(SqlClient tx, UUID couponId) {
        return tx.preparedQuery("update coupons set used_count = used_count + 1 "
                + "where id = $1 and (total_uses is null or used_count < total_uses)").execute(Tuple.of(couponId))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Records the redemption; a once-per-customer coupon the account used before fails with a unique violation. */
    public Uni<Void> redeem(SqlClient tx, Coupon coupon, UUID accountId, UUID checkoutId, Instant at) {
        return tx.preparedQuery("insert into coupon_redemptions (coupon_id, account_id, checkout_id, once_key, redeemed_at) "
                + "values ($1, $2, $3, $4, $5)")
                .execute(Tuple.from(Arrays.asList(coupon.id(), accountId, checkoutId,
                        coupon.oncePerCustomer() ? accountId : null, utc(at))))
                .replaceWithVoid();
    }

    public Uni<Boolean> usedBy(UUID couponId, UUID accountId) {
        return pool.preparedQuery("select 1 from coupon_redemptions where coupon_id = $1 and account_id = $2 limit 1")
                .execute(Tuple.of(couponId, accountId)).map(rows -> rows.size() > 0);
    }

    /** The coupon columns of a query that names the table {@code alias}. */
    static String prefixed(String alias) {
        return java.util.Arrays.stream(COLUMNS.split(", ")).map(c -> alias + "." + c).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Published coupons shoppers may collect now, soonest ending first. */
    public Uni<List<Coupon>> collectable(Instant now) {
        return pool.preparedQuery("select " + COLUMNS + " from coupons where published "
                + "and (collect_from is null or collect_from <= $1) and (collect_until is null or collect_until > $1) "
                + "and valid_until > $1 order by valid_until, id limit 200").execute(Tuple.of(utc(now))).map(rows -> {
                    List<Coupon> list = new ArrayList<>();
                    rows.forEach(row -> list.add(map(row)));
                    return list;
                });
    }

    public Uni<Coupon> find(UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from coupons where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    static Coupon map(Row row) {
        String currency = row.getString("currency");
        return new Coupon(row.getUUID("id"), row.getString("code"), row.getUUID("merchant_id"),
                Coupon.Kind.valueOf(row.getString("kind")), row.getLong("amount_minor"),
                currency == null ? null : currency.strip(), row.getInteger("percent"), row.getLong("min_spend_minor"),
                row.getOffsetDateTime("valid_from").toInstant(), row.getOffsetDateTime("valid_until").toInstant(),
                row.getBoolean("once_per_customer"), row.getInteger("total_uses"), row.getInteger("used_count"),
                row.getOffsetDateTime("created_at").toInstant(),
                new Coupon.Wallet(row.getBoolean("published"), instant(row, "collect_from"), instant(row, "collect_until"),
                        row.getInteger("collect_stock"), row.getInteger("collected_count"),
                        row.getInteger("per_customer_limit"), row.getInteger("valid_days")),
                row.getBoolean("members_only"));
    }

    private static Instant instant(Row row, String column) {
        java.time.OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static java.time.OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
