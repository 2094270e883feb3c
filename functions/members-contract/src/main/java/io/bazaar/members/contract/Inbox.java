package io.bazaar.members.contract;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The one way any area posts an in-app notification: written in the caller's transaction, so the event and its
 * notification commit or roll back together. The push to the account's phones (and the e-mail, when asked) is queued
 * in the same statement batch and sent by the members area after the commit, with retries; a failing push never loses
 * the notification.
 *
 * <pre>{@code
 * pool.withTransaction(tx -> replies.insert(tx, reply)
 *         .chain(() -> inbox.post(tx, InboxMessage.of(review.accountId(), InboxKind.REVIEW_REPLY, "review.replied",
 *                 Map.of("product", productName), "/products/" + productId))));
 * }</pre>
 */
@ApplicationScoped
public class Inbox {

    private static final String INSERT_NOTIFICATION = "insert into member_notifications "
            + "(id, account_id, kind, message_key, params, link, created_at) values ($1, $2, $3, $4, $5, $6, $7)";
    private static final String INSERT_DELIVERY = "insert into notification_deliveries "
            + "(notification_id, channel, recipient, next_attempt_at) values ($1, $2, $3, $4)";

    private final Clock clock;

    Inbox(Clock clock) {
        this.clock = clock;
    }

    /** Posts the notification in {@code tx}; completes with its id. */
    public Uni<UUID> post(SqlClient tx, InboxMessage message) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        Tuple notification = Tuple.tuple().addUUID(id).addUUID(message.accountId()).addString(message.kind().name())
                .addString(message.key()).addValue(new JsonObject(new java.util.LinkedHashMap<>(message.params())))
                .addString(message.link()).addOffsetDateTime(now);
        Uni<Void> email = message.emailTo() == null ? Uni.createFrom().voidItem()
                : tx.preparedQuery(INSERT_DELIVERY).execute(Tuple.of(id, "EMAIL", message.emailTo(), now)).replaceWithVoid();
        return tx.preparedQuery(INSERT_NOTIFICATION).execute(notification)
                .chain(() -> tx.preparedQuery(INSERT_DELIVERY).execute(Tuple.of(id, "PUSH", null, now)))
                .chain(() -> email)
                .replaceWith(id);
    }
}
