package io.bazaar.statistics.report.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The dashboards' queries: only the daily roll-ups, by their (merchant, day) keys, never the raw events. A null
 * merchant sums all shops (the platform admin's view).
 */
@ApplicationScoped
public class ReportRepository {

    private static final String SHOP = "($1::uuid is null or merchant_id = $1) and day between $2 and $3";
    private static final String SALES = "select day, currency, sum(orders) orders, sum(units) units, "
            + "sum(revenue_minor) revenue, sum(refunds) refunds, sum(refunded_minor) refunded from statistics_sales_days "
            + "where " + SHOP + " group by day, currency order by day, currency";
    private static final String SHOP_FUNNEL = "select coalesce(sum(views), 0) views, coalesce(sum(cart_adds), 0) cart_adds, "
            + "coalesce(sum(checkouts), 0) checkouts, coalesce(sum(orders_paid), 0) paid from statistics_shop_days where " + SHOP;
    private static final String PRODUCT_FUNNELS = "select product_id, sum(views) views, sum(cart_adds) cart_adds, "
            + "sum(checkouts) checkouts, sum(orders_paid) paid from statistics_product_days where " + SHOP
            + " and ($4::uuid is null or product_id = $4) group by product_id "
            + "order by sum(views) desc, sum(cart_adds) desc, sum(orders_paid) desc, product_id limit $5";

    private final Pool pool;

    ReportRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<SalesDay>> sales(UUID merchantId, LocalDate from, LocalDate to) {
        return pool.preparedQuery(SALES).execute(Tuple.of(merchantId, from, to)).map(rows -> {
            List<SalesDay> days = new ArrayList<>();
            rows.forEach(r -> days.add(new SalesDay(r.getLocalDate("day"), r.getString("currency"), count(r, "orders"),
                    count(r, "units"), count(r, "revenue"), count(r, "refunds"), count(r, "refunded"))));
            return days;
        });
    }

    public Uni<FunnelCounts> shopFunnel(UUID merchantId, LocalDate from, LocalDate to) {
        return pool.preparedQuery(SHOP_FUNNEL).execute(Tuple.of(merchantId, from, to))
                .map(rows -> funnel(rows.iterator().next(), null));
    }

    /** The products with the most views (then cart adds, then paid orders), or only {@code productId}'s. */
    public Uni<List<FunnelCounts>> productFunnels(UUID merchantId, LocalDate from, LocalDate to, UUID productId, int limit) {
        return pool.preparedQuery(PRODUCT_FUNNELS).execute(Tuple.of(merchantId, from, to, productId, limit))
                .map(ReportRepository::funnels);
    }

    private static List<FunnelCounts> funnels(RowSet<Row> rows) {
        List<FunnelCounts> funnels = new ArrayList<>();
        rows.forEach(r -> funnels.add(funnel(r, r.getUUID("product_id"))));
        return funnels;
    }

    private static FunnelCounts funnel(Row r, UUID productId) {
        return new FunnelCounts(productId, count(r, "views"), count(r, "cart_adds"), count(r, "checkouts"), count(r, "paid"));
    }

    /** sum() of bigint is numeric in PostgreSQL; the counts fit a long. */
    private static long count(Row row, String column) {
        Number value = (Number) row.getValue(column);
        return value == null ? 0 : value.longValue();
    }
}
