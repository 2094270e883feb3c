package io.bazaar.members.messages.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.outbox.OutboxTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of message_notices, the e-mail/SMS outbox of customer messages (sent by the platform's MessageOutbox). */
@ApplicationScoped
public class NoticeRepository {

    /** The outbox table, its log reference and the attempts before a notice is given up on. */
    public static final OutboxTable TABLE = new OutboxTable("message_notices", "thread_id", 6);

    /** Queues one notice in {@code tx}. */
    public Uni<Void> insert(SqlClient tx, UUID threadId, String channel, String recipient, String subject, String body,
            Instant at) {
        String shortSubject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        return tx.preparedQuery("insert into message_notices (thread_id, channel, recipient, subject, body, next_attempt_at, "
                + "created_at) values ($1, $2, $3, $4, $5, $6, $6)")
                .execute(Tuple.from(List.of(threadId, channel, recipient, shortSubject, body, at.atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }
}
