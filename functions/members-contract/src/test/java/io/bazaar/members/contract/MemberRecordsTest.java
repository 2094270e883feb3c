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
        }

        assertEquals(new MemberRecords.Erased(2, 1, 1), pool.withTransaction(tx -> records.erase(tx, member)).await().atMost(WAIT));

        assertEquals(0, count("select count(*) from favourite_products where account_id = $1", member));
        assertEquals(0, count("select count(*) from favourite_shops where account_id = $1", member));
        assertEquals(0, count("select count(*) from member_notifications where account_id = $1", member));
        assertEquals(0, count("select count(*) from notification_deliveries d join member_notifications n "
                + "on n.id = d.notification_id where n.account_id = $1", member));
        assertEquals(0, count("select count(*) from member_settings where account_id = $1", member));
        Row device = one("select enabled, endpoint_arn from push_devices where account_id = $1", member);
        assertFalse(device.getBoolean("enabled"), "no push until the job deletes the endpoint and the device");
        assertEquals(1, count("select count(*) from member_erasures where account_id = $1", member));

        assertEquals(1, count("select count(*) from favourite_products where account_id = $1", other), "others keep theirs");
        assertEquals(1, count("select count(*) from favourite_shops where account_id = $1", other));
        assertEquals(2, count("select count(*) from notification_deliveries d join member_notifications n "
                + "on n.id = d.notification_id where n.account_id = $1", other));
        assertEquals(1, count("select count(*) from member_settings where account_id = $1", other));
        assertEquals(true, one("select enabled from push_devices where account_id = $1", other).getBoolean(0));
        assertEquals(0, count("select count(*) from member_erasures where account_id = $1", other));

        assertEquals(new MemberRecords.Erased(0, 0, 0), pool.withTransaction(tx -> records.erase(tx, member)).await().atMost(WAIT),
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
