package io.bazaar.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.platform.notify.EmailSender;
import io.bazaar.platform.notify.SmsSender;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Delivers what an area's outbox table holds (see {@link OutboxTable}) through SES and SNS, written once for every
 * area that queues e-mail or SMS in the transaction of its own change. The area writes the rows; a scheduled job of
 * the area calls {@link #sendDue}. Each due message is leased (skip locked, so two runs never take the same one) and
 * its attempt counted before it is sent; a failed send is tried again with exponential backoff (1, 4, 16, 64 ...
 * minutes) and given up on ({@code FAILED}) after the table's {@code maxAttempts}.
 */
@ApplicationScoped
public class MessageOutbox {

    private static final Logger LOG = Logger.getLogger(MessageOutbox.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final int BATCH = 50;

    private final Pool pool;
    private final EmailSender email;
    private final SmsSender sms;
    private final Clock clock;

    MessageOutbox(Pool pool, EmailSender email, SmsSender sms, Clock clock) {
        this.pool = pool;
        this.email = email;
        this.sms = sms;
        this.clock = clock;
    }

    /** Sends every message of the table due at {@code now}, batch by batch; completes with how many went out. */
    public Uni<Integer> sendDue(OutboxTable table, Instant now) {
        return claimDue(table, now).chain(due -> due.isEmpty() ? Uni.createFrom().item(0)
                : Multi.createFrom().iterable(due).onItem().transformToUniAndConcatenate(m -> send(table, m, now))
                        .collect().asList().map(results -> (int) results.stream().filter(Boolean::booleanValue).count())
                        .chain(sent -> sendDue(table, now).map(more -> sent + more)));
    }

    private Uni<Boolean> send(OutboxTable table, OutboxMessage m, Instant now) {
        Uni<String> sending = OutboxMessage.EMAIL.equals(m.channel()) ? email.send(m.recipient(), m.subject(), m.body())
                : sms.send(m.recipient(), m.body());
        return sending.chain(id -> markSent(table, m.id(), clock.instant()).replaceWith(true))
                .onFailure().recoverWithUni(failure -> {
                    Instant next = m.attempts() >= table.maxAttempts() ? null
                            : now.plus(FIRST_RETRY.multipliedBy((long) Math.pow(4, m.attempts() - 1)));
                    LOG.warnf("Sending %s from %s (%s) failed (attempt %d)%s: %s", m.channel(), table.name(),
                            m.reference(), m.attempts(), next == null ? ", giving up" : "", failure.getMessage());
                    return markFailedAttempt(table, m.id(), next, failure.getMessage()).replaceWith(false);
                });
    }

    private Uni<List<OutboxMessage>> claimDue(OutboxTable table, Instant now) {
        String sql = "update " + table.name() + " set next_attempt_at = $2, attempts = attempts + 1 where id in ("
                + "select id from " + table.name() + " where status = 'PENDING' and next_attempt_at <= $1 "
                + "order by id limit $3 for update skip locked) "
                + "returning id, " + table.reference() + "::text as reference, channel, recipient, subject, body, attempts";
        return pool.preparedQuery(sql)
                .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), now.plus(LEASE).atOffset(ZoneOffset.UTC), BATCH))
                .map(rows -> {
                    List<OutboxMessage> due = new ArrayList<>();
                    rows.forEach(row -> due.add(new OutboxMessage(row.getLong("id"), row.getString("reference"),
                            row.getString("channel"), row.getString("recipient"), row.getString("subject"),
                            row.getString("body"), row.getInteger("attempts"))));
                    // RETURNING has no order: send in the order the messages were queued
                    due.sort(Comparator.comparingLong(OutboxMessage::id));
                    return due;
                });
    }

    private Uni<Void> markSent(OutboxTable table, long id, Instant at) {
        return pool.preparedQuery("update " + table.name() + " set status = 'SENT', sent_at = $2, last_error = null where id = $1")
                .execute(Tuple.of(id, at.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    /** Records a failed attempt: tried again at {@code nextAttempt}, or given up on (FAILED) when that is null. */
    private Uni<Void> markFailedAttempt(OutboxTable table, long id, Instant nextAttempt, String error) {
        String message = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
        if (nextAttempt == null) {
            return pool.preparedQuery("update " + table.name() + " set status = 'FAILED', last_error = $2 where id = $1")
                    .execute(Tuple.of(id, message)).replaceWithVoid();
        }
        return pool.preparedQuery("update " + table.name() + " set next_attempt_at = $2, last_error = $3 where id = $1")
                .execute(Tuple.of(id, nextAttempt.atOffset(ZoneOffset.UTC), message)).replaceWithVoid();
    }
}
