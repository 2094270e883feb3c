package io.bazaar.members.inbox.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.inbox.repository.NotificationRepository;
import io.bazaar.members.inbox.service.Notification;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of the delivery outbox (rows are queued by the contract's {@code Inbox}). */
@ApplicationScoped
public class DeliveryRepository {

    private final Pool pool;

    DeliveryRepository(Pool pool) {
        this.pool = pool;
    }

    /** Takes up to {@code limit} due deliveries, leased until {@code leaseUntil} and counting the attempt; skip locked. */
    public Uni<List<Delivery>> claimDue(Instant now, Instant leaseUntil, int limit) {
        return pool.preparedQuery("update notification_deliveries set next_attempt_at = $2, attempts = attempts + 1 "
                + "where id in (select id from notification_deliveries where status = 'PENDING' and next_attempt_at <= $1 "
                + "order by id limit $3 for update skip locked) returning id, notification_id, channel, recipient, attempts")
                .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), leaseUntil.atOffset(ZoneOffset.UTC), limit))
                .map(rows -> {
                    List<Delivery> due = new ArrayList<>();
                    rows.forEach(row -> due.add(new Delivery(row.getLong("id"), row.getUUID("notification_id"),
                            row.getString("channel"), row.getString("recipient"), row.getInteger("attempts"))));
                    due.sort(Comparator.comparingLong(Delivery::id));
                    return due;
                });
    }

    public Uni<Map<UUID, Notification>> notifications(Collection<UUID> ids) {
        return pool.preparedQuery("select id, account_id, kind, message_key, params, link, created_at, read_at "
                + "from member_notifications where id = any($1)").execute(Tuple.of((Object) ids.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, Notification> found = new HashMap<>();
                    rows.forEach(row -> {
                        Notification n = NotificationRepository.map(row);
                        found.put(n.id(), n);
                    });
                    return found;
                });
    }

    /** Done: {@code SENT} (it went out) or {@code RECORDED} (nowhere to send it; kept as the record). */
    public Uni<Void> markDone(long id, String status, Instant at) {
        return pool.preparedQuery("update notification_deliveries set status = $2, sent_at = $3, last_error = null where id = $1")
                .execute(Tuple.of(id, status, at.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    /** A failed attempt: tried again at {@code nextAttempt}, or given up on (FAILED) when that is null. */
    public Uni<Void> markFailedAttempt(long id, Instant nextAttempt, String error) {
        String message = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
        if (nextAttempt == null) {
            return pool.preparedQuery("update notification_deliveries set status = 'FAILED', last_error = $2 where id = $1")
                    .execute(Tuple.of(id, message)).replaceWithVoid();
        }
        return pool.preparedQuery("update notification_deliveries set next_attempt_at = $2, last_error = $3 where id = $1")
                .execute(Tuple.of(id, nextAttempt.atOffset(ZoneOffset.UTC), message)).replaceWithVoid();
    }
}
