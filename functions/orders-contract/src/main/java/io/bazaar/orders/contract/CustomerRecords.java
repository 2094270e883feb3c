package io.bazaar.orders.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What the orders area holds about a customer as a person, for identity's account data download and account
 * deletion. Erasure keeps every order (the law wants them: number, amounts, lines, dates, payments) but removes who
 * received it: name, phone and address of each order's ship-to become empty (the country stays, for tax), the
 * address book is deleted, and messages to the customer (and, for former staff, the export-ready notices) lose their
 * recipient and text. Returns keep their lines,
 * reason, status and refund but lose the customer's free text (details, carrier, tracking number, history notes), and
 * their photos are detached, so the orders area's {@code return-photo-cleanup} job deletes the rows and S3 objects like
 * any unused upload.
 */
@ApplicationScoped
public class CustomerRecords {

    /**
     * What erasure changed, for the caller's log.
     *
     * @param notifications messages to the account that lost their recipient and text: order and return messages, and
     *                      the export-ready notices of the exports it asked for as merchant staff
     */
    public record Erased(int orders, int addresses, int notifications, int returns, int returnPhotos) {
    }

    private static final String ADDRESSES = "select id, name, phone, country, region, city, postal_code, line1, line2, "
            + "created_at from addresses where account_id = $1 order by created_at";

    private static final String ERASE_SHIP_TO = """
            update orders set ship_to = jsonb_build_object('name', '', 'phone', '', 'country', ship_to->>'country',
                   'region', '', 'city', '', 'postalCode', '', 'line1', '', 'line2', '')
             where account_id = $1 and ship_to->>'name' <> ''""";

    private static final String ERASE_ADDRESSES = "delete from addresses where account_id = $1";

    private static final String ERASE_NOTIFICATIONS = """
            update notifications set recipient = '', subject = '', body = '',
                   status = case when status = 'PENDING' then 'FAILED' else status end,
                   last_error = case when status = 'PENDING' then 'account deleted' else last_error end
             where order_number in (select number from orders where account_id = $1) and recipient <> ''""";

    private static final String ERASE_EXPORT_NOTICES = """
            update order_export_notices set recipient = '', subject = '', body = '',
                   status = case when status = 'PENDING' then 'FAILED' else status end,
                   last_error = case when status = 'PENDING' then 'account deleted' else last_error end
             where export_id in (select id from order_exports where requested_by = $1) and recipient <> ''""";

    private static final String ERASE_RETURNS = """
            update order_returns set details = '', carrier = null, tracking_number = null
             where account_id = $1 and (details <> '' or carrier is not null or tracking_number is not null)""";

    private static final String ERASE_RETURN_NOTES = """
            update order_return_history set note = null
             where return_id in (select id from order_returns where account_id = $1) and note is not null""";

    private static final String DETACH_RETURN_PHOTOS = """
            update order_return_photos set return_id = null, position = null
             where account_id = $1 and return_id is not null""";

    /** The customer's address book, oldest first. */
    public Uni<List<SavedAddress>> addresses(SqlClient client, UUID accountId) {
        return client.preparedQuery(ADDRESSES).execute(Tuple.of(accountId)).map(rows -> {
            List<SavedAddress> found = new ArrayList<>();
            rows.forEach(r -> found.add(new SavedAddress(r.getUUID("id"), r.getString("name"), r.getString("phone"),
                    r.getString("country"), r.getString("region"), r.getString("city"), r.getString("postal_code"),
                    r.getString("line1"), r.getString("line2"),
                    r.getOffsetDateTime("created_at").toInstant())));
            return found;
        });
    }

    /** Erases the customer's personal data from the orders area, in the caller's transaction; safe to repeat. */
    public Uni<Erased> erase(SqlClient tx, UUID accountId) {
        Tuple id = Tuple.of(accountId);
        return tx.preparedQuery(ERASE_SHIP_TO).execute(id).chain(orders -> tx.preparedQuery(ERASE_ADDRESSES).execute(id)
                .chain(addresses -> tx.preparedQuery(ERASE_NOTIFICATIONS).execute(id)
                        .chain(notes -> tx.preparedQuery(ERASE_EXPORT_NOTICES).execute(id)
                                .map(exportNotes -> notes.rowCount() + exportNotes.rowCount()))
                        .chain(notes -> tx.preparedQuery(ERASE_RETURNS).execute(id)
                                .chain(returns -> tx.preparedQuery(ERASE_RETURN_NOTES).execute(id)
                                        .chain(() -> tx.preparedQuery(DETACH_RETURN_PHOTOS).execute(id))
                                        .map(photos -> new Erased(orders.rowCount(), addresses.rowCount(),
                                                notes, returns.rowCount(), photos.rowCount()))))));
    }
}
