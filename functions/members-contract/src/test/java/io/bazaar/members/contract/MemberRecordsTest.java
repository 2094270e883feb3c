package io.bazaar.members.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Pins what identity relies on when an account is deleted: the members area keeps nothing of it but the follow-up. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class MemberRecordsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    Inbox inbox;
    @Inject
    MemberRecords records;

    @Test
    void erasureDeletesFavouritesNotificationsAndSettingsAndQueuesTheDevices() {
        UUID member = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        for (UUID account : new UUID[] {member, other}) {
            sql("insert into favourite_products (account_id, product_id, merchant_id, currency, created_at) "
                    + "values ($1, $2, $2, 'CNY', now())", Tuple.of(account, UUID.randomUUID()));
            sql("insert into favourite_shops (account_id, merchant_id, created_at) values ($1, $2, now())",
                    Tuple.of(account, UUID.randomUUID()));
            pool.withTransaction(tx -> inbox.post(tx, InboxMessage.of(account, InboxKind.ORDER, "order.paid", Map.of(),
                    "/account/orders").alsoByEmail("li@example.com"))).await().atMost(WAIT);
            sql("insert into member_settings (account_id, price_drop_email, updated_at) values ($1, 'li@example.com', now())",
                    Tuple.of(account));
            String token = UUID.randomUUID().toString();
            sql("insert into push_devices (id, account_id, platform, token, token_hash, endpoint_arn, created_at, updated_at) "
                    + "values ($1, $2, 'IOS', $3, repeat('a', 54) || substr(md5($3), 1, 10), 'arn:aws:sns:x', now(), now())",
                    Tuple.of(UUID.randomUUID(), account, token));
            UUID thread = UUID.randomUUID();
            sql("insert into message_threads (id, account_id, merchant_id, created_at, last_message_at, awaiting_reply) "
                    + "values ($1, $2, $3, now(), now(), false)", Tuple.of(thread, account, UUID.randomUUID()));
            sql("insert into messages (thread_id, author_side, body, created_at) values ($1, 'SHOPPER', 'my address is…', now())",
                    Tuple.of(thread));
            sql("insert into messages (thread_id, author_side, staff_account_id, body, created_at) "
                    + "values ($1, 'STAFF', $2, 'thanks', now())", Tuple.of(thread, UUID.randomUUID()));
            sql("insert into message_attachments (id, uploader_id, message_id, object_key, content_type, size_bytes, position, "
                    + "created_at) select $1, $2, min(id), 'messages/x', 'image/png', 10, 0, now() from messages "
                    + "where thread_id = $3", Tuple.of(UUID.randomUUID(), account, thread));
        }

        assertEquals(new MemberRecords.Erased(2, 1, 1, 1), pool.withTransaction(tx -> records.erase(tx, member)).await().atMost(WAIT));

        assertEquals(0, count("select count(*) from favourite_products where account_id = $1", member));
        assertEquals(0, count("select count(*) from favourite_shops where account_id = $1", member));
        assertEquals(0, count("select count(*) from member_notifications where account_id = $1", member));
        assertEquals(0, count("select count(*) from notification_deliveries d join member_notifications n "
                + "on n.id = d.notification_id where n.account_id = $1", member));
        assertEquals(0, count("select count(*) from member_settings where account_id = $1", member));
        Row device = one("select enabled, endpoint_arn from push_devices where account_id = $1", member);
        assertFalse(device.getBoolean("enabled"), "no push until the job deletes the endpoint and the device");
        assertEquals(1, count("select count(*) from member_erasures where account_id = $1", member));
        assertEquals(0, count("select count(*) from messages m join message_threads t on t.id = m.thread_id "
                + "where t.account_id = $1 and m.author_side = 'SHOPPER' and (m.body <> '' or m.deleted_at is null)", member));
        assertEquals(1, count("select count(*) from messages m join message_threads t on t.id = m.thread_id "
                + "where t.account_id = $1 and m.author_side = 'STAFF' and m.body = 'thanks'", member), "the shop's side stays");
        assertEquals(0, count("select count(*) from message_attachments where uploader_id = $1 and message_id is not null", member));

        assertEquals(1, count("select count(*) from favourite_products where account_id = $1", other), "others keep theirs");
        assertEquals(1, count("select count(*) from favourite_shops where account_id = $1", other));
        assertEquals(2, count("select count(*) from notification_deliveries d join member_notifications n "
                + "on n.id = d.notification_id where n.account_id = $1", other));
        assertEquals(1, count("select count(*) from member_settings where account_id = $1", other));
        assertEquals(true, one("select enabled from push_devices where account_id = $1", other).getBoolean(0));
        assertEquals(0, count("select count(*) from member_erasures where account_id = $1", other));
        assertEquals(1, count("select count(*) from messages m join message_threads t on t.id = m.thread_id "
                + "where t.account_id = $1 and m.body = 'my address is…'", other));

        assertEquals(new MemberRecords.Erased(0, 0, 0, 0), pool.withTransaction(tx -> records.erase(tx, member)).await().atMost(WAIT),
                "repeating changes nothing");
        assertEquals(1, count("select count(*) from member_erasures where account_id = $1", member));
    }

    private long count(String sql, UUID account) {
        return one(sql, account).getLong(0);
    }

    private Row one(String sql, UUID account) {
        return pool.preparedQuery(sql).execute(Tuple.of(account)).await().atMost(WAIT).iterator().next();
    }

    private void sql(String sql, Tuple args) {
        pool.preparedQuery(sql).execute(args).await().atMost(WAIT);
    }
}
