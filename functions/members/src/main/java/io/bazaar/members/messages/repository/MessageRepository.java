package io.bazaar.members.messages.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.messages.service.Side;
import io.bazaar.members.messages.service.ThreadMessage;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of messages. */
@ApplicationScoped
public class MessageRepository {

    private static final String COLUMNS = "id, thread_id, author_side, staff_account_id, body, created_at, deleted_at, deleted_by";

    private final Pool pool;

    MessageRepository(Pool pool) {
        this.pool = pool;
    }

    /** Adds the message; completes with it as stored (its id). */
    public Uni<ThreadMessage> insert(SqlClient tx, UUID threadId, Side side, UUID staffAccountId, String body, Instant at) {
        return tx.preparedQuery("insert into messages (thread_id, author_side, staff_account_id, body, created_at) "
                + "values ($1, $2, $3, $4, $5) returning " + COLUMNS)
                .execute(Tuple.from(Arrays.asList(threadId, side.name(), staffAccountId, body, at.atOffset(ZoneOffset.UTC))))
                .map(rows -> message(rows.iterator().next()));
    }

    /** The thread's messages, oldest first. */
    public Uni<List<ThreadMessage>> ofThread(UUID threadId) {
        return pool.preparedQuery("select " + COLUMNS + " from messages where thread_id = $1 order by id")
                .execute(Tuple.of(threadId)).map(rows -> {
                    List<ThreadMessage> list = new ArrayList<>();
                    rows.forEach(row -> list.add(message(row)));
                    return list;
                });
    }

    public Uni<ThreadMessage> find(SqlClient tx, UUID threadId, long id) {
        return tx.preparedQuery("select " + COLUMNS + " from messages where thread_id = $1 and id = $2 for update")
                .execute(Tuple.of(threadId, id)).map(rows -> rows.size() == 0 ? null : message(rows.iterator().next()));
    }

    /** Whether the thread has messages of the other side than {@code reader} that the reader has not seen. */
    public Uni<Boolean> hasUnread(SqlClient tx, UUID threadId, Side reader, long readUpTo) {
        Side other = reader == Side.SHOPPER ? Side.STAFF : Side.SHOPPER;
        return tx.preparedQuery("select exists (select 1 from messages where thread_id = $1 and author_side = $2 "
                + "and deleted_at is null and id > $3)").execute(Tuple.of(threadId, other.name(), readUpTo))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    public Uni<Void> softDelete(SqlClient tx, long id, UUID by, Instant at) {
        return tx.preparedQuery("update messages set deleted_at = $2, deleted_by = $3 where id = $1 and deleted_at is null")
                .execute(Tuple.of(id, at.atOffset(ZoneOffset.UTC), by)).replaceWithVoid();
    }

    private static ThreadMessage message(Row row) {
        OffsetDateTime deleted = row.getOffsetDateTime("deleted_at");
        return new ThreadMessage(row.getLong("id"), row.getUUID("thread_id"), Side.valueOf(row.getString("author_side")),
                row.getUUID("staff_account_id"), row.getString("body"), row.getOffsetDateTime("created_at").toInstant(),
                deleted == null ? null : deleted.toInstant(), row.getUUID("deleted_by"));
    }
}
