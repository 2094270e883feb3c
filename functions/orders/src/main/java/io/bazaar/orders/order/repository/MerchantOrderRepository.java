package io.bazaar.orders.order.repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.order.service.MerchantOrder;
import io.bazaar.orders.order.service.OrderCursor;
import io.bazaar.orders.order.service.OrderLine;
import io.bazaar.orders.order.service.OrderQuery;
import io.bazaar.orders.order.service.OrderStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The merchant's order query, written once for the list and the export: only the filters that are set become SQL
 * (each has an index of migration 0340), and pages are keysets on (sort key, number), never offsets.
 */
@ApplicationScoped
public class MerchantOrderRepository {

    private static final String COLUMNS = "number, account_id, status, currency, items_minor, discount_minor, shipping_minor, "
            + "total_minor, refunded_minor, ship_to::text as ship_to, carrier, tracking_number, created_at, paid_at, shipped_at";

    private final Pool pool;

    MerchantOrderRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Up to {@code limit} of the merchant's orders matching the query, after the cursor (null: from the start).
     * {@code customers} are the account ids the query's customer login resolved to (null: no customer filter).
     */
    public Uni<List<MerchantOrder>> page(UUID merchantId, OrderQuery query, List<UUID> customers, OrderCursor after,
            int limit) {
        Statement s = where(merchantId, query, customers);
        if (after != null) {
            String key = switch (query.sort()) {
                case NEWEST -> "(created_at, number) < (" + s.arg(utc(after.placedAt())) + ", ";
                case OLDEST -> "(created_at, number) > (" + s.arg(utc(after.placedAt())) + ", ";
                case TOTAL_HIGH -> "(total_minor, number) < (" + s.arg(after.totalMinor()) + ", ";
                case TOTAL_LOW -> "(total_minor, number) > (" + s.arg(after.totalMinor()) + ", ";
            };
            s.and(key + s.arg(after.number()) + ")");
        }
        String order = switch (query.sort()) {
            case NEWEST -> "created_at desc, number desc";
            case OLDEST -> "created_at, number";
            case TOTAL_HIGH -> "total_minor desc, number desc";
            case TOTAL_LOW -> "total_minor, number";
        };
        String sql = "select " + COLUMNS + " from orders where " + s.where + " order by " + order + " limit " + s.arg(limit);
        return pool.preparedQuery(sql).execute(Tuple.from(s.args)).map(rows -> {
            List<MerchantOrder> orders = new ArrayList<>();
            rows.forEach(row -> orders.add(map(row)));
            return orders;
        });
    }

    /** How many of the merchant's orders match the query (an export's total). */
    public Uni<Long> count(UUID merchantId, OrderQuery query, List<UUID> customers) {
        Statement s = where(merchantId, query, customers);
        return pool.preparedQuery("select count(*) from orders where " + s.where).execute(Tuple.from(s.args))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The lines of these orders, by order number, in line order: one query for a batch of an export. */
    public Uni<Map<String, List<OrderLine>>> linesOf(List<String> numbers) {
        return pool.preparedQuery("select order_number, sku_id, product_id, merchant_id, product_name, "
                + "sku_attributes::text as attributes, unit_price_minor, quantity, list_price_minor from order_lines "
                + "where order_number = any($1) order by order_number, line_no")
                .execute(Tuple.of(numbers.toArray(String[]::new))).map(rows -> {
                    Map<String, List<OrderLine>> lines = new LinkedHashMap<>();
                    rows.forEach(row -> lines.computeIfAbsent(row.getString("order_number"), n -> new ArrayList<>())
                            .add(new OrderLine(row.getUUID("sku_id"), row.getUUID("product_id"), row.getUUID("merchant_id"),
                                    row.getString("product_name"), row.getString("attributes"),
                                    row.getLong("unit_price_minor"), row.getInteger("quantity"),
                                    row.getLong("list_price_minor"))));
                    return lines;
                });
    }

    private static Statement where(UUID merchantId, OrderQuery q, List<UUID> customers) {
        Statement s = new Statement();
        s.and("merchant_id = " + s.arg(merchantId));
        if (!q.statuses().isEmpty()) {
            s.and("status = any(" + s.arg(q.statuses().stream().map(OrderStatus::name).sorted().toArray(String[]::new))
                    + "::varchar[])");
        }
        if (q.payment() != null) {
            s.and(switch (q.payment()) {
                case UNPAID -> "paid_at is null";
                case PAID -> "paid_at is not null and refunded_minor = 0";
                case PARTIALLY_REFUNDED -> "paid_at is not null and refunded_minor > 0 and refunded_minor < total_minor";
                case REFUNDED -> "paid_at is not null and refunded_minor > 0 and refunded_minor >= total_minor";
            });
        }
        if (q.from() != null) {
            s.and("created_at >= " + s.arg(utc(q.from())));
        }
        if (q.to() != null) {
            s.and("created_at < " + s.arg(utc(q.to())));
        }
        if (customers != null) {
            s.and("account_id = any(" + s.arg(customers.toArray(UUID[]::new)) + "::uuid[])");
        }
        if (q.productId() != null) {
            s.and("exists (select 1 from order_lines l where l.order_number = orders.number and l.merchant_id = $1 "
                    + "and l.product_id = " + s.arg(q.productId()) + ")");
        }
        if (q.skuId() != null) {
            s.and("exists (select 1 from order_lines l where l.order_number = orders.number and l.merchant_id = $1 "
                    + "and l.sku_id = " + s.arg(q.skuId()) + ")");
        }
        if (q.numberPrefix() != null) {
            // checked to be letters and digits only: no LIKE wildcards to escape
            s.and("number like " + s.arg(q.numberPrefix() + "%"));
        }
        if (q.recipientName() != null) {
            s.and("lower(ship_to->>'name') like " + s.arg(likePrefix(q.recipientName().toLowerCase(Locale.ROOT))));
        }
        if (q.recipientPhone() != null) {
            s.and(RECIPIENT_PHONE + " like " + s.arg(new StringBuilder(q.recipientPhone()).reverse() + "%"));
        }
        // any parcel of the order, not only the latest one the order's own columns keep (ShipmentRepository's table)
        if (q.carrier() != null) {
            s.and("exists (select 1 from shipments p where p.order_number = orders.number and p.merchant_id = $1 "
                    + "and lower(p.carrier) = " + s.arg(q.carrier().toLowerCase(Locale.ROOT)) + ")");
        }
        if (q.trackingNumber() != null) {
            s.and("exists (select 1 from shipments p where p.order_number = orders.number "
                    + "and p.tracking_number = " + s.arg(q.trackingNumber()) + ")");
        }
        return s;
    }

    /**
     * The ship-to phone's digits reversed: the expression the recipient phone index (migration 0340) is built on, so
     * "ends with these digits" (a number asked for without its country code) is an index prefix search.
     */
    static final String RECIPIENT_PHONE = "reverse(regexp_replace(ship_to->>'phone', '[^0-9]', '', 'g'))";

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static MerchantOrder map(Row row) {
        return new MerchantOrder(row.getString("number"), row.getUUID("account_id"), OrderStatus.valueOf(row.getString("status")),
                row.getString("currency").strip(), row.getLong("items_minor"), row.getLong("discount_minor"),
                row.getLong("shipping_minor"), row.getLong("total_minor"), row.getLong("refunded_minor"),
                row.getString("ship_to"), row.getString("carrier"), row.getString("tracking_number"),
                instant(row, "created_at"), instant(row, "paid_at"), instant(row, "shipped_at"));
    }

    private static java.time.Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(java.time.Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** A WHERE clause and its numbered arguments, built together so placeholders and values never drift apart. */
    private static final class Statement {
        final List<Object> args = new ArrayList<>();
        String where = "";

        String arg(Object value) {
            args.add(value);
            return "$" + args.size();
        }

        void and(String condition) {
            where = where.isEmpty() ? condition : where + " and " + condition;
        }
    }
}
