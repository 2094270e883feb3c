package io.bazaar.orders.order.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.order.service.Order;
import io.bazaar.orders.order.service.OrderLine;
import io.bazaar.orders.order.service.OrderStatus;
import io.bazaar.orders.order.service.StatusChange;
import io.bazaar.orders.returns.repository.ReturnRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of orders, their lines and status history; state changes are guarded by the expected current status. */
@ApplicationScoped
public class OrderRepository {

    private static final String COLUMNS = "number, checkout_id, account_id, merchant_id, status, currency, items_minor, "
            + "discount_minor, shipping_minor, total_minor, points_spent, points_value_minor, member_saving_minor, "
            + "ship_to::text as ship_to, payment_method, carrier, tracking_number, "
            + "created_at, paid_at, shipped_at, delivered_at, completed_at, cancelled_at";

    private final Pool pool;

    OrderRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(SqlClient tx, Order o) {
        return tx.preparedQuery("insert into orders (number, checkout_id, account_id, merchant_id, status, currency, "
                + "items_minor, discount_minor, shipping_minor, total_minor, ship_to, payment_method, created_at, updated_at) "
                + "values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text::jsonb, $12, $13, $13)")
                .execute(Tuple.from(Arrays.asList(o.number(), o.checkoutId(), o.accountId(), o.merchantId(), o.status().name(),
                        o.currency(), o.itemsMinor(), o.discountMinor(), o.shippingMinor(), o.totalMinor(), o.shipToJson(),
                        o.paymentMethod(), utc(o.createdAt()))))
                .chain(() -> {
                    List<Tuple> lines = new ArrayList<>();
                    for (int i = 0; i < o.lines().size(); i++) {
                        OrderLine l = o.lines().get(i);
                        lines.add(Tuple.from(Arrays.asList(o.number(), i + 1, l.skuId(), l.productId(), l.merchantId(),
                                l.productName(), l.attributesJson(), l.unitPriceMinor(), l.quantity(), l.totalMinor(),
                                l.listPriceMinor())));
                    }
                    return tx.preparedQuery("insert into order_lines (order_number, line_no, sku_id, product_id, merchant_id, "
                            + "product_name, sku_attributes, unit_price_minor, quantity, line_total_minor, list_price_minor) "
                            + "values ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9, $10, $11)").executeBatch(lines);
                })
                .replaceWithVoid();
    }

    /** What the checkout recorded on the order for points and member benefits (its discount includes the points' value). */
    public Uni<Void> recordBenefits(SqlClient tx, String number, long pointsSpent, long pointsValueMinor,
            long memberSavingMinor, boolean memberVerified) {
        return tx.preparedQuery("update orders set points_spent = $2, points_value_minor = $3, member_saving_minor = $4, "
                + "member_verified = $5 where number = $1")
                .execute(Tuple.of(number, pointsSpent, pointsValueMinor, memberSavingMinor, memberVerified))
                .replaceWithVoid();
    }

    public Uni<Void> addHistory(SqlClient tx, String number, StatusChange change) {
        return tx.preparedQuery("insert into order_status_history (order_number, from_status, to_status, at, by_actor, note) "
                + "values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.from(Arrays.asList(number, change.from() == null ? null : change.from().name(),
                        change.to().name(), utc(change.at()), change.by(), change.note())))
                .replaceWithVoid();
    }

    /**
     * Moves the order from {@code from} to {@code to} and stamps the state's date column; false when the order is not
     * (any more) in {@code from}. Carrier and tracking number are only written when given.
     */
    public Uni<Boolean> move(SqlClient tx, String number, OrderStatus from, OrderStatus to, Instant at, String carrier,
            String trackingNumber) {
        String dateColumn = switch (to) {
            case PAID -> "paid_at";
            case SHIPPED -> "shipped_at";
            case DELIVERED -> "delivered_at";
            case COMPLETED -> "completed_at";
            case CANCELLED -> "cancelled_at";
            case REFUNDED -> "refunded_at";
            case AWAITING_PAYMENT -> "created_at";
        };
        return tx.preparedQuery("update orders set status = $3, updated_at = $4, " + dateColumn + " = $4, "
                + "carrier = coalesce($5, carrier), tracking_number = coalesce($6, tracking_number) "
                + "where number = $1 and status = $2")
                .execute(Tuple.from(Arrays.asList(number, from.name(), to.name(), utc(at), carrier, trackingNumber)))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Order> find(SqlClient client, String number) {
        return client.preparedQuery("select " + COLUMNS + " from orders where number = $1").execute(Tuple.of(number))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    public Uni<Order> find(String number) {
        return find(pool, number);
    }

    /** The order, its row locked for the transaction: shipments, their events and refunds of one order take turns. */
    public Uni<Order> findForUpdate(SqlClient tx, String number) {
        return tx.preparedQuery("select " + COLUMNS + " from orders where number = $1 for update").execute(Tuple.of(number))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** The latest parcel's carrier and tracking number, for an order that stays PAID while parts of it ship. */
    public Uni<Void> recordParcel(SqlClient tx, String number, String carrier, String trackingNumber, Instant at) {
        return tx.preparedQuery("update orders set carrier = $2, tracking_number = $3, updated_at = $4 where number = $1")
                .execute(Tuple.of(number, carrier, trackingNumber, utc(at))).replaceWithVoid();
    }

    /** The orders of a checkout in one status, locked for the transaction's state change. */
    public Uni<List<Order>> ofCheckoutForUpdate(SqlClient tx, UUID checkoutId, OrderStatus status) {
        return tx.preparedQuery("select " + COLUMNS + " from orders where checkout_id = $1 and status = $2 "
                + "order by number for update").execute(Tuple.of(checkoutId, status.name())).map(OrderRepository::all);
    }

    public Uni<List<Order>> ofCheckout(UUID checkoutId) {
        return pool.preparedQuery("select " + COLUMNS + " from orders where checkout_id = $1 order by number")
                .execute(Tuple.of(checkoutId)).map(OrderRepository::all);
    }

    public Uni<List<OrderLine>> lines(SqlClient client, String number) {
        return client.preparedQuery("select sku_id, product_id, merchant_id, product_name, sku_attributes::text as attributes, "
                + "unit_price_minor, quantity, list_price_minor from order_lines where order_number = $1 order by line_no")
                .execute(Tuple.of(number)).map(rows -> {
                    List<OrderLine> lines = new ArrayList<>();
                    rows.forEach(row -> lines.add(new OrderLine(row.getUUID("sku_id"), row.getUUID("product_id"),
                            row.getUUID("merchant_id"), row.getString("product_name"), row.getString("attributes"),
                            row.getLong("unit_price_minor"), row.getInteger("quantity"), row.getLong("list_price_minor"))));
                    return lines;
                });
    }

    public Uni<List<OrderLine>> lines(String number) {
        return lines(pool, number);
    }

    public Uni<List<StatusChange>> history(String number) {
        return pool.preparedQuery("select from_status, to_status, at, by_actor, note from order_status_history "
                + "where order_number = $1 order by id").execute(Tuple.of(number)).map(rows -> {
                    List<StatusChange> changes = new ArrayList<>();
                    rows.forEach(row -> changes.add(new StatusChange(
                            row.getString("from_status") == null ? null : OrderStatus.valueOf(row.getString("from_status")),
                            OrderStatus.valueOf(row.getString("to_status")), row.getOffsetDateTime("at").toInstant(),
                            row.getString("by_actor"), row.getString("note"))));
                    return changes;
                });
    }

    public Uni<List<Order>> pageOfAccount(UUID accountId, Set<OrderStatus> statuses, int offset, int limit) {
        return pool.preparedQuery("select " + COLUMNS + " from orders where " + ACCOUNT_FILTER
                + " order by created_at desc, number desc limit $3 offset $4")
                .execute(Tuple.of(accountId, names(statuses), limit, offset)).map(OrderRepository::all);
    }

    public Uni<Long> countOfAccount(UUID accountId, Set<OrderStatus> statuses) {
        return pool.preparedQuery("select count(*) from orders where " + ACCOUNT_FILTER)
                .execute(Tuple.of(accountId, names(statuses))).map(rows -> rows.iterator().next().getLong(0));
    }

    /** An empty set of statuses filters nothing. */
    private static final String ACCOUNT_FILTER = "account_id = $1 and (cardinality($2::varchar[]) = 0 or status = any($2))";

    private static String[] names(Set<OrderStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray(String[]::new);
    }

    /** Numbers of orders that have sat in a status since before the cut-off (by that status's date column). */
    public Uni<List<Order>> dueIn(OrderStatus status, Instant before, int limit) {
        String column = switch (status) {
            case AWAITING_PAYMENT -> "created_at";
            case SHIPPED -> "shipped_at";
            case DELIVERED -> "delivered_at";
            default -> throw new IllegalArgumentException("no job moves orders out of " + status);
        };
        // delivered orders with an open return wait for it (OpenReturns re-checks under the order's lock)
        String held = status == OrderStatus.DELIVERED ? " and " + ReturnRepository.noOpenReturnOf("orders") : "";
        return pool.preparedQuery("select " + COLUMNS + " from orders where status = $1 and " + column + " < $2" + held
                + " order by " + column + " limit $3").execute(Tuple.of(status.name(), utc(before), limit))
                .map(OrderRepository::all);
    }

    private static List<Order> all(RowSet<Row> rows) {
        List<Order> orders = new ArrayList<>();
        rows.forEach(row -> orders.add(map(row)));
        return orders;
    }

    private static Order map(Row row) {
        return new Order(row.getString("number"), row.getUUID("checkout_id"), row.getUUID("account_id"),
                row.getUUID("merchant_id"), OrderStatus.valueOf(row.getString("status")), row.getString("currency").strip(),
                row.getLong("items_minor"), row.getLong("discount_minor"), row.getLong("shipping_minor"),
                row.getLong("total_minor"), row.getLong("points_spent"), row.getLong("points_value_minor"),
                row.getLong("member_saving_minor"), row.getString("ship_to"), row.getString("payment_method"),
                row.getString("carrier"), row.getString("tracking_number"), instant(row, "created_at"),
                instant(row, "paid_at"), instant(row, "shipped_at"), instant(row, "delivered_at"),
                instant(row, "completed_at"), instant(row, "cancelled_at"), List.of());
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
