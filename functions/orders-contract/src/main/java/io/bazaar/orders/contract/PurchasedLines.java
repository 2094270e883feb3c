package io.bazaar.orders.contract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The orders area's answer to "what did this customer buy?", written once: a line of one of their orders by its
 * order number and line number, and the lines of their received orders (delivered or completed). Reads only; the
 * order lines never change after checkout, the status does.
 */
@ApplicationScoped
public class PurchasedLines {

    /** Order statuses in which the goods are with the customer. */
    public static final Set<String> RECEIVED_STATUSES = Set.of("DELIVERED", "COMPLETED");

    private static final String COLUMNS = """
            l.order_number, l.line_no, o.account_id, l.merchant_id, l.product_id, l.sku_id, l.product_name,
            l.sku_attributes::text as sku_attributes, o.status, o.created_at, o.delivered_at""";

    private static final String ONE = "select " + COLUMNS + """
             from order_lines l join orders o on o.number = l.order_number
            where o.account_id = $1 and l.order_number = $2 and l.line_no = $3""";

    // the lines named in $2/$3 (order number, line number pairs) are left out: e.g. those reviewed already
    private static final String RECEIVED_WHERE = """
             from order_lines l join orders o on o.number = l.order_number
            where o.account_id = $1 and o.status in ('DELIVERED', 'COMPLETED')
              and not exists (select 1 from unnest($2::varchar[], $3::int[]) as x(order_number, line_no)
                               where x.order_number = l.order_number and x.line_no = l.line_no)""";

    /** The customer's order line; empty when there is no such line or the order is somebody else's. */
    public Uni<Optional<PurchasedLine>> find(SqlClient client, UUID accountId, String orderNumber, int lineNo) {
        return client.preparedQuery(ONE).execute(Tuple.of(accountId, orderNumber, lineNo))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(line(rows.iterator().next())));
    }

    /**
     * The lines of the customer's received orders, newest delivery first, except the given ones (each
     * "orderNumber#lineNo" key of {@link #key}); a page of them with the total.
     */
    public Uni<Page<PurchasedLine>> received(SqlClient client, UUID accountId, Collection<String> exceptKeys,
            PageRequest page) {
        String[] numbers = new String[exceptKeys.size()];
        Integer[] lineNos = new Integer[exceptKeys.size()];
        int i = 0;
        for (String key : exceptKeys) {
            int hash = key.lastIndexOf('#');
            numbers[i] = key.substring(0, hash);
            lineNos[i++] = Integer.parseInt(key.substring(hash + 1));
        }
        Tuple args = Tuple.of(accountId, numbers, lineNos);
        Uni<Long> total = client.preparedQuery("select count(*)" + RECEIVED_WHERE).execute(args)
                .map(rows -> rows.iterator().next().getLong(0));
        return total.chain(count -> client.preparedQuery("select " + COLUMNS + RECEIVED_WHERE
                + " order by o.delivered_at desc nulls last, l.order_number desc, l.line_no limit $4 offset $5")
                .execute(Tuple.of(accountId, numbers, lineNos, page.size(), page.offset())).map(rows -> {
                    List<PurchasedLine> lines = new ArrayList<>();
                    rows.forEach(row -> lines.add(line(row)));
                    return Page.of(lines, page, count);
                }));
    }

    /** The key a line is named by in {@link #received}'s exceptions. */
    public static String key(String orderNumber, int lineNo) {
        return orderNumber + "#" + lineNo;
    }

    private static PurchasedLine line(Row row) {
        OffsetDateTime delivered = row.getOffsetDateTime("delivered_at");
        return new PurchasedLine(row.getString("order_number"), row.getInteger("line_no"), row.getUUID("account_id"),
                row.getUUID("merchant_id"), row.getUUID("product_id"), row.getUUID("sku_id"), row.getString("product_name"),
                row.getString("sku_attributes"), row.getString("status"), row.getOffsetDateTime("created_at").toInstant(),
                delivered == null ? null : delivered.toInstant());
    }
}
