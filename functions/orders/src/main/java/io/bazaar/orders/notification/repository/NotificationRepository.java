package io.bazaar.orders.notification.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.notification.service.Notification;
import io.bazaar.orders.notification.service.NotificationKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of the notification outbox, and the read-only look-up of a customer's e-mail and phone in identity's table. */
@ApplicationScoped
public class NotificationRepository {

    private final Pool pool;

    NotificationRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(SqlClient tx, String orderNumber, NotificationKind kind, String channel, String recipient,
            String subject, String body, Instant at) {
        return tx.preparedQuery("insert into notifications (order_number, kind, channel, recipient, subject, body, "
                + "next_attempt_at, created_at) values ($1, $2, $3, $4, $5, $6, $7, $7)")
                .execute(Tuple.from(List.of(orderNumber, kind.name(), channel, recipient, subject, body,
                        at.atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }

    /**
     * Takes up to {@code limit} due messages and leases them until {@code leaseUntil}, counting the attempt; skip
     * locked, so two senders never take the same message.
     */
    public Uni<List<Notification>> claimDue(Instant now, Instant leaseUntil, int limit) {
        return pool.preparedQuery("update notifications set next_attempt_at = $2, attempts = attempts + 1 where id in ("
                + "select id from notifications where status = 'PENDING' and next_attempt_at <= $1 "
                + "order by id limit $3 for update skip locked) "
                + "returning id, order_number, kind, channel, recipient, subject, body, attempts")
                .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), leaseUntil.atOffset(ZoneOffset.UTC), limit))
                .map(rows -> {
                    List<Notification> due = new ArrayList<>();
                    rows.forEach(row -> due.add(new Notification(row.getLong("id"), row.getString("order_number"),
                            NotificationKind.valueOf(row.getString("kind")), row.getString("channel"),
                            row.getString("recipient"), row.getString("subject"), row.getString("body"),
                            row.getInteger("attempts"))));
                    // RETURNING has no order: send in the order the events happened
                    due.sort(java.util.Comparator.comparingLong(Notification::id));
                    return due;
                });
    }

    public Uni<Void> markSent(long id, Instant at) {
        return pool.preparedQuery("update notifications set status = 'SENT', sent_at = $2, last_error = null where id = $1")
                .execute(Tuple.of(id, at.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    /** Records a failed attempt: tried again at {@code nextAttempt}, or given up on (FAILED) when that is null. */
    public Uni<Void> markFailedAttempt(long id, Instant nextAttempt, String error) {
        String message = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
        if (nextAttempt == null) {
            return pool.preparedQuery("update notifications set status = 'FAILED', last_error = $2 where id = $1")
                    .execute(Tuple.of(id, message)).replaceWithVoid();
        }
        return pool.preparedQuery("update notifications set next_attempt_at = $2, last_error = $3 where id = $1")
                .execute(Tuple.of(id, nextAttempt.atOffset(ZoneOffset.UTC), message)).replaceWithVoid();
    }
}
