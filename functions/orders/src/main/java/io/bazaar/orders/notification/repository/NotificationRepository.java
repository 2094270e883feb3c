package io.bazaar.orders.notification.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.notification.service.NotificationKind;
import io.bazaar.platform.outbox.OutboxTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * SQL of the order notification outbox: messages queued in the caller's transaction. Sending them is the platform's
 * {@link io.bazaar.platform.outbox.MessageOutbox} (the same for every area's outbox), on {@link #TABLE}.
 */
@ApplicationScoped
public class NotificationRepository {

    /** The outbox table, its log reference and the attempts before a message is given up on. */
    public static final OutboxTable TABLE = new OutboxTable("notifications", "order_number", 6);

    public Uni<Void> insert(SqlClient tx, String orderNumber, NotificationKind kind, String channel, String recipient,
            String subject, String body, Instant at) {
        return tx.preparedQuery("insert into notifications (order_number, kind, channel, recipient, subject, body, "
                + "next_attempt_at, created_at) values ($1, $2, $3, $4, $5, $6, $7, $7)")
                .execute(Tuple.from(List.of(orderNumber, kind.name(), channel, recipient, subject, body,
                        at.atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }
}
