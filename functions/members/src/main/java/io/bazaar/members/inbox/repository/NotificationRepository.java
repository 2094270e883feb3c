package io.bazaar.members.inbox.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.contract.InboxKind;
import io.bazaar.members.inbox.service.Notification;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads and read state of member_notifications (rows are written by the contract's {@code Inbox}). */
@ApplicationScoped
public class NotificationRepository {

    private static final String COLUMNS = "id, account_id, kind, message_key, params, link, created_at, read_at";

    private final Pool pool;

    NotificationRepository(Pool pool) {
        this.pool = pool;
    }

    /** Newest first; only the unread ones when {@code unreadOnly}. */
    public Uni<List<Notification>> page(UUID accountId, boolean unreadOnly, int limit, int offset) {
        return pool.preparedQuery("select " + COLUMNS + " from member_notifications where account_id = $1 "
                + "and ($2 = false or read_at is null) order by created_at desc, id desc limit $3 offset $4")
                .execute(Tuple.of(accountId, unreadOnly, limit, offset)).map(rows -> {
                    List<Notification> list = new ArrayList<>();
                    rows.forEach(row -> list.add(map(row)));
                    return list;
                });
    }

    public Uni<Long> count(UUID accountId, boolean unreadOnly) {
        return pool.preparedQuery("select count(*) from member_notifications where account_id = $1 "
                + "and ($2 = false or read_at is null)").execute(Tuple.of(accountId, unreadOnly))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Notification> find(UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from member_notifications where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** Marks the account's notification read (the first time only); null when the account has no such notification. */
    public Uni<Notification> markRead(UUID accountId, UUID id, Instant at) {
        return pool.preparedQuery("update member_notifications set read_at = coalesce(read_at, $3) "
                + "where id = $1 and account_id = $2 returning " + COLUMNS)
                .execute(Tuple.of(id, accountId, at.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** Marks every unread notification of the account read; completes with how many changed. */
    public Uni<Integer> markAllRead(UUID accountId, Instant at) {
        return pool.preparedQuery("update member_notifications set read_at = $2 where account_id = $1 and read_at is null")
                .execute(Tuple.of(accountId, at.atOffset(ZoneOffset.UTC))).map(rows -> rows.rowCount());
    }

    public static Notification map(Row row) {
        JsonObject params = row.getJsonObject("params");
        Map<String, String> values = new TreeMap<>();
        params.forEach(entry -> values.put(entry.getKey(), String.valueOf(entry.getValue())));
        var read = row.getOffsetDateTime("read_at");
        return new Notification(row.getUUID("id"), row.getUUID("account_id"), InboxKind.valueOf(row.getString("kind")),
                row.getString("message_key"), values, row.getString("link"), row.getOffsetDateTime("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
