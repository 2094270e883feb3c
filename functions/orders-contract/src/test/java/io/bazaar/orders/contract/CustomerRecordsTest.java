package io.bazaar.orders.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Pins what identity relies on: a customer's address book, and erasure that keeps orders but not the person. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CustomerRecordsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SHIP_TO = """
            {"name":"Li Lei","phone":"+8613800138000","country":"CN","region":"Zhejiang","city":"Hangzhou",
             "postalCode":"310000","line1":"1 West Lake Road","line2":""}""";

    @Inject
    Pool pool;
    @Inject
    CustomerRecords records;

    @Test
    void addressesAreTheCustomersOwnOldestFirst() {
        UUID customer = UUID.randomUUID();
        address(customer, "Home", "2026-01-01T00:00:00Z");
        address(customer, "Work", "2026-02-01T00:00:00Z");
        address(UUID.randomUUID(), "Someone else", "2026-01-15T00:00:00Z");
        List<SavedAddress> found = records.addresses(pool, customer).await().atMost(WAIT);
        assertEquals(List.of("Home", "Work"), found.stream().map(SavedAddress::name).toList());
        assertEquals("Hangzhou", found.get(0).city());
    }

    @Test
    void erasureKeepsOrdersAmountsAndLinesButNotTheRecipient() {
        UUID customer = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String mine = order(customer);
        String theirs = order(other);
        address(customer, "Home", "2026-01-01T00:00:00Z");
        address(other, "Theirs", "2026-01-01T00:00:00Z");
        UUID myReturn = returned(mine, customer);
        UUID theirReturn = returned(theirs, other);
        // the account also asked for an order export while it was a shop's staff: its notice names it
        UUID export = UUID.randomUUID();
        sql("insert into order_exports (id, merchant_id, requested_by, format, query, state, created_at) "
                + "values ($1, $2, $3, 'CSV', '{}'::jsonb, 'QUEUED', now())", Tuple.of(export, UUID.randomUUID(), customer));
        sql("insert into order_export_notices (export_id, channel, recipient, subject, body, next_attempt_at, created_at) "
                + "values ($1, 'EMAIL', 'li@example.com', 'Your export is ready', 'Dear Li Lei', now(), now())", Tuple.of(export));

        CustomerRecords.Erased erased = pool.withTransaction(tx -> records.erase(tx, customer)).await().atMost(WAIT);
        assertEquals(new CustomerRecords.Erased(1, 1, 2, 1, 1), erased);
        Row exportNote = one("select recipient, body, status from order_export_notices where export_id = $1", Tuple.of(export));
        assertEquals("", exportNote.getString("recipient"));
        assertEquals("", exportNote.getString("body"));
        assertEquals("FAILED", exportNote.getString("status"));

        Row order = one("select number, total_minor, ship_to::text as ship_to, (select count(*) from order_lines l "
                + "where l.order_number = o.number) as lines from orders o where number = $1", Tuple.of(mine));
        assertEquals(mine, order.getString("number"));
        assertEquals(2500, order.getLong("total_minor"));
        assertEquals(1, order.getLong("lines"));
        JsonObject shipTo = new JsonObject(order.getString("ship_to"));
        assertEquals("", shipTo.getString("name"));
        assertEquals("", shipTo.getString("phone"));
        assertEquals("", shipTo.getString("line1"));
        assertEquals("", shipTo.getString("city"));
        assertEquals("CN", shipTo.getString("country"));
        Row note = one("select recipient, body, status from notifications where order_number = $1", Tuple.of(mine));
        assertEquals("", note.getString("recipient"));
        assertEquals("", note.getString("body"));
        assertEquals("FAILED", note.getString("status"), "a pending message to a deleted account is never sent");
        assertTrue(records.addresses(pool, customer).await().atMost(WAIT).isEmpty());
        Row ret = one("select reason, status, details, carrier, tracking_number, (select count(*) from order_return_lines l "
                + "where l.return_id = r.id) as lines, (select count(*) from order_return_history h where h.return_id = r.id "
                + "and h.note is not null) as notes from order_returns r where id = $1", Tuple.of(myReturn));
        assertEquals("DAMAGED", ret.getString("reason"));
        assertEquals("SHIPPED_BACK", ret.getString("status"));
        assertEquals(1, ret.getLong("lines"));
        assertEquals("", ret.getString("details"));
        assertEquals(null, ret.getString("carrier"));
        assertEquals(null, ret.getString("tracking_number"));
        assertEquals(0, ret.getLong("notes"));
        assertEquals(0, one("select count(*) from order_return_photos where return_id is not null and account_id = $1",
                Tuple.of(customer)).getLong(0), "photos detached: the return-photo-cleanup job deletes them and their objects");
        Row theirsKept = one("select details, tracking_number, (select count(*) from order_return_photos p where "
                + "p.return_id = r.id) as photos from order_returns r where id = $1", Tuple.of(theirReturn));
        assertEquals("Cracked lid, box dented", theirsKept.getString("details"));
        assertEquals("SF123", theirsKept.getString("tracking_number"));
        assertEquals(1, theirsKept.getLong("photos"));

        assertEquals("Li Lei", new JsonObject(one("select ship_to::text from orders where number = $1", Tuple.of(theirs))
                .getString(0)).getString("name"), "other customers keep theirs");
        assertEquals(1, records.addresses(pool, other).await().atMost(WAIT).size());
        assertEquals(new CustomerRecords.Erased(0, 0, 0, 0, 0),
                pool.withTransaction(tx -> records.erase(tx, customer)).await().atMost(WAIT), "repeating changes nothing");
    }

    private String order(UUID customer) {
        UUID checkout = UUID.randomUUID();
        String number = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
        sql("insert into checkouts (id, account_id, idempotency_key, request_hash, currency, grand_total_minor, created_at) "
                + "values ($1, $2, $3, repeat('0', 64), 'CNY', 2500, now())", Tuple.of(checkout, customer, checkout.toString()));
        sql("insert into orders (number, checkout_id, account_id, merchant_id, status, currency, items_minor, discount_minor, "
                + "shipping_minor, total_minor, ship_to, payment_method, created_at, updated_at) values ($1, $2, $3, $4, "
                + "'AWAITING_PAYMENT', 'CNY', 2000, 0, 500, 2500, $5::text::jsonb, 'sandbox-card', now(), now())",
                Tuple.of(number, checkout, customer, UUID.randomUUID(), SHIP_TO));
        sql("insert into order_lines (order_number, line_no, sku_id, product_id, merchant_id, product_name, sku_attributes, "
                + "unit_price_minor, quantity, line_total_minor) values ($1, 1, $2, $2, $2, 'Tea', '{}'::jsonb, 1000, 2, 2000)",
                Tuple.of(number, UUID.randomUUID()));
        sql("insert into notifications (order_number, kind, channel, recipient, subject, body, next_attempt_at, created_at) "
                + "values ($1, 'SUBMITTED', 'EMAIL', 'li@example.com', 'Your order', 'Dear Li Lei', now(), now())",
                Tuple.of(number));
        return number;
    }

    private UUID returned(String number, UUID customer) {
        UUID id = UUID.randomUUID();
        sql("insert into order_returns (id, order_number, account_id, merchant_id, kind, status, reason, details, currency, "
                + "carrier, tracking_number, created_at, updated_at) values ($1, $2, $3, $4, 'RETURN', 'SHIPPED_BACK', "
                + "'DAMAGED', 'Cracked lid, box dented', 'CNY', 'SF Express', 'SF123', now(), now())",
                Tuple.of(id, number, customer, UUID.randomUUID()));
        sql("insert into order_return_lines (return_id, order_number, line_no, quantity) values ($1, $2, 1, 1)",
                Tuple.of(id, number));
        sql("insert into order_return_history (return_id, from_status, to_status, at, by_actor, note) "
                + "values ($1, 'APPROVED', 'SHIPPED_BACK', now(), $2, 'Sent from the Hangzhou post office')",
                Tuple.of(id, customer.toString()));
        sql("insert into order_return_photos (id, account_id, return_id, object_key, content_type, size_bytes, position, "
                + "created_at) values ($1, $2, $3, $4, 'image/jpeg', 100, 0, now())",
                Tuple.of(UUID.randomUUID(), customer, id, "returns/" + customer + "/" + id));
        return id;
    }

    private void address(UUID customer, String name, String createdAt) {
        sql("insert into addresses (id, account_id, name, phone, country, city, line1, created_at, updated_at) "
                + "values ($1, $2, $3, '+8613800138000', 'CN', 'Hangzhou', '1 West Lake Road', $4, now())",
                Tuple.of(UUID.randomUUID(), customer, name, java.time.OffsetDateTime.parse(createdAt)));
    }

    private Row one(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).await().atMost(WAIT).iterator().next();
    }

    private void sql(String sql, Tuple args) {
        pool.preparedQuery(sql).execute(args).await().atMost(WAIT);
    }
}
