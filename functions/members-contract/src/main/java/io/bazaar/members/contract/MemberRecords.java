package io.bazaar.members.contract;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What the members area holds about a member, for identity's account deletion. In the caller's transaction: favourite
 * products and shops, in-app notifications with all their deliveries (so no push or e-mail is sent any more) and the
 * notification settings are deleted; the push devices are disabled and the account is queued in
 * {@code member_erasures}. What lives outside PostgreSQL (each device's SNS endpoint, the DynamoDB recently-viewed
 * item) cannot be removed in a SQL transaction: the members area's {@code inbox-deliveries} job removes it, then the
 * devices and the queue row, so a process that stops in between only delays it. In their messages with shops the
 * member's own messages lose their text (shown as deleted; the shops keep their side of the thread) and their images
 * are detached, so the {@code message-attachment-cleanup} job deletes them like any unused upload.
 */
@ApplicationScoped
public class MemberRecords {

    /** What erasure changed, for the caller's log. */
    public record Erased(int favourites, int notifications, int devices, int messages) {
    }

    private static final String FAVOURITE_PRODUCTS = "delete from favourite_products where account_id = $1";
    private static final String FAVOURITE_SHOPS = "delete from favourite_shops where account_id = $1";
    // deliveries go with their notification (on delete cascade)
    private static final String NOTIFICATIONS = "delete from member_notifications where account_id = $1";
    private static final String SETTINGS = "delete from member_settings where account_id = $1";
    private static final String DISABLE_DEVICES = "update push_devices set enabled = false where account_id = $1 and enabled";
    // the member's side of their threads with shops: text gone, marked deleted (by the account itself)
    private static final String MESSAGES = """
            update messages set body = '', deleted_at = coalesce(deleted_at, $2), deleted_by = coalesce(deleted_by, $1)
             where author_side = 'SHOPPER' and body <> ''
               and thread_id in (select id from message_threads where account_id = $1)""";
    private static final String MESSAGE_IMAGES = """
            update message_attachments set message_id = null, position = null
             where uploader_id = $1 and message_id is not null""";
    private static final String QUEUE = """
            insert into member_erasures (account_id, requested_at) values ($1, $2)
            on conflict (account_id) do nothing""";

    private final Clock clock;

    MemberRecords(Clock clock) {
        this.clock = clock;
    }

    /**
     * Erases the member's data from the members area in {@code tx}; safe to repeat (the account is queued once until
     * the job has done the follow-up).
     */
    public Uni<Erased> erase(SqlClient tx, UUID accountId) {
        Tuple id = Tuple.of(accountId);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return tx.preparedQuery(FAVOURITE_PRODUCTS).execute(id)
                .chain(products -> tx.preparedQuery(FAVOURITE_SHOPS).execute(id)
                        .chain(shops -> tx.preparedQuery(NOTIFICATIONS).execute(id)
                                .chain(notes -> tx.preparedQuery(SETTINGS).execute(id)
                                        .chain(settings -> tx.preparedQuery(DISABLE_DEVICES).execute(id))
                                        .chain(devices -> tx.preparedQuery(MESSAGES).execute(Tuple.of(accountId, now))
                                                .call(() -> tx.preparedQuery(MESSAGE_IMAGES).execute(id))
                                                .chain(messages -> tx.preparedQuery(QUEUE).execute(Tuple.of(accountId, now))
                                                        .map(queued -> new Erased(products.rowCount() + shops.rowCount(),
                                                                notes.rowCount(), devices.rowCount(), messages.rowCount())))))));
    }
}
