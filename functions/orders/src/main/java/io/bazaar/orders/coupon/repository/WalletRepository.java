package io.bazaar.orders.coupon.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.coupon.service.Coupon;
import io.bazaar.orders.coupon.service.WalletCoupon;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of shoppers' coupon wallets and of the coupons' collect counter. */
@ApplicationScoped
public class WalletRepository {

    private static final String SELECT = "select " + CouponRepository.prefixed("c") + ", w.id as wallet_id, "
            + "w.account_id as w_account_id, w.collected_at as w_collected_at, w.valid_from as w_valid_from, "
            + "w.valid_until as w_valid_until, w.used_at as w_used_at, w.checkout_id as w_checkout_id "
            + "from coupon_wallet w join coupons c on c.id = w.coupon_id ";

    private final Pool pool;

    WalletRepository(Pool pool) {
        this.pool = pool;
    }

    /** Counts one collected coupon if the stock allows; the row lock serialises the coupon's collects. */
    public Uni<Boolean> countCollect(SqlClient tx, UUID couponId) {
        return tx.preparedQuery("update coupons set collected_count = collected_count + 1 "
                + "where id = $1 and (collect_stock is null or collected_count < collect_stock)").execute(Tuple.of(couponId))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Integer> heldBy(SqlClient tx, UUID couponId, UUID accountId) {
        return tx.preparedQuery("select count(*) from coupon_wallet where coupon_id = $1 and account_id = $2")
                .execute(Tuple.of(couponId, accountId)).map(rows -> rows.iterator().next().getInteger(0));
    }

    public Uni<Void> insert(SqlClient tx, UUID id, UUID couponId, UUID accountId, Instant at, Instant from, Instant until) {
        return tx.preparedQuery("insert into coupon_wallet (id, coupon_id, account_id, collected_at, valid_from, valid_until) "
                + "values ($1, $2, $3, $4, $5, $6)").execute(Tuple.of(id, couponId, accountId, utc(at), utc(from), utc(until)))
                .replaceWithVoid();
    }

    /** The account's wallet, newest first. */
    public Uni<List<WalletCoupon>> of(SqlClient client, UUID accountId) {
        return client.preparedQuery(SELECT + "where w.account_id = $1 order by w.collected_at desc, w.id")
                .execute(Tuple.of(accountId)).map(WalletRepository::all);
    }

    public Uni<List<WalletCoupon>> of(UUID accountId) {
        return of(pool, accountId);
    }

    /** One entry of the account's wallet, or null (also when it is someone else's). */
    public Uni<WalletCoupon> find(UUID accountId, UUID id) {
        return pool.preparedQuery(SELECT + "where w.account_id = $1 and w.id = $2").execute(Tuple.of(accountId, id))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** Marks the entry used by the checkout, if it is the account's and unused; false otherwise. */
    public Uni<Boolean> use(SqlClient tx, UUID id, UUID accountId, UUID checkoutId, Instant at) {
        return tx.preparedQuery("update coupon_wallet set used_at = $4, checkout_id = $3 "
                + "where id = $1 and account_id = $2 and used_at is null").execute(Tuple.of(id, accountId, checkoutId, utc(at)))
                .map(rows -> rows.rowCount() == 1);
    }

    private static List<WalletCoupon> all(RowSet<Row> rows) {
        List<WalletCoupon> list = new ArrayList<>();
        rows.forEach(row -> list.add(map(row)));
        return list;
    }

    private static WalletCoupon map(Row row) {
        Coupon coupon = CouponRepository.map(row);
        return new WalletCoupon(row.getUUID("wallet_id"), row.getUUID("w_account_id"), coupon,
                instant(row, "w_collected_at"), instant(row, "w_valid_from"), instant(row, "w_valid_until"),
                instant(row, "w_used_at"), row.getUUID("w_checkout_id"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
