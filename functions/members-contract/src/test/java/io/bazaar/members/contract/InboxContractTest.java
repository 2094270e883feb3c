package io.bazaar.members.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Pins what other areas rely on: a notification posted in their transaction, with its push (and e-mail) queued. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class InboxContractTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    Inbox inbox;

    @Test
    void aPostIsStoredUnreadWithItsKeyParamsLinkAndAQueuedPush() {
        UUID account = UUID.randomUUID();
        UUID id = pool.withTransaction(tx -> inbox.post(tx, InboxMessage.of(account, InboxKind.REVIEW_REPLY,
                "review.replied", Map.of("product", "Tee", "shop", "Acme"), "/products/42"))).await().atMost(WAIT);
        Row row = row("select * from member_notifications where id = $1", id);
        assertEquals(account, row.getUUID("account_id"));
        assertEquals("REVIEW_REPLY", row.getString("kind"));
        assertEquals("review.replied", row.getString("message_key"));
        assertEquals(new JsonObject(Map.of("product", "Tee", "shop", "Acme")), row.getJsonObject("params"));
        assertEquals("/products/42", row.getString("link"));
        assertNull(row.getValue("read_at"), "new notifications are unread");
        assertEquals(List.of("PUSH PENDING"), deliveries(id));
    }

    @Test
    void anEmailIsQueuedOnlyWhenAsked() {
        UUID account = UUID.randomUUID();
        UUID id = pool.withTransaction(tx -> inbox.post(tx, InboxMessage.of(account, InboxKind.PRICE_DROP, "favourite.priceDropped",
                Map.of("product", "Tee"), null).alsoByEmail("me@example.com"))).await().atMost(WAIT);
        assertEquals(List.of("EMAIL PENDING me@example.com", "PUSH PENDING"), deliveries(id));
    }

    @Test
    void aRolledBackTransactionTakesItsNotificationWithIt() {
        UUID account = UUID.randomUUID();
        Uni<UUID> failing = pool.withTransaction(tx -> inbox.post(tx, InboxMessage.of(account, InboxKind.ORDER, "order.paid",
                Map.of("number", "1"), "/orders/1")).chain(id -> Uni.createFrom().failure(new IllegalStateException("boom"))));
        assertThrows(IllegalStateException.class, () -> failing.await().atMost(WAIT));
        assertEquals(0L, row("select count(*) as n from member_notifications where account_id = $1", account).getLong("n"));
    }

    @Test
    void badMessagesAreRefusedBeforeAnythingIsWritten() {
        UUID account = UUID.randomUUID();
        assertThrows(IllegalArgumentException.class, () -> InboxMessage.of(account, InboxKind.ORDER, "Order Paid", Map.of(), null));
        assertThrows(IllegalArgumentException.class, () -> InboxMessage.of(account, InboxKind.ORDER, "order.paid", Map.of(), "https://evil.example"));
        assertThrows(IllegalArgumentException.class, () -> InboxMessage.of(account, InboxKind.ORDER, "order.paid",
                Map.of("number", "x".repeat(201)), null));
        assertThrows(IllegalArgumentException.class, () -> InboxMessage.of(account, InboxKind.ORDER, "order.paid", Map.of(), null)
                .alsoByEmail("not-an-address"));
        assertThrows(NullPointerException.class, () -> InboxMessage.of(null, InboxKind.ORDER, "order.paid", Map.of(), null));
    }

    private List<String> deliveries(UUID notification) {
        return pool.preparedQuery("select channel, status, recipient from notification_deliveries where notification_id = $1 "
                + "order by channel").execute(Tuple.of(notification)).await().atMost(WAIT).stream()
                .map(r -> (r.getString("channel") + " " + r.getString("status")
                        + (r.getString("recipient") == null ? "" : " " + r.getString("recipient")))).toList();
    }

    private Row row(String sql, UUID id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(WAIT).iterator().next();
    }
}
