package io.bazaar.orders.export.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.contract.AccountDirectory;
import io.bazaar.orders.payment.service.PublicBaseUrl;
import io.bazaar.platform.outbox.OutboxMessage;
import io.bazaar.platform.outbox.OutboxTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Tells the staff member who asked for an export that its file is ready: an e-mail (a text message to an account with
 * a phone only) with the link to the console's exports page, where a fresh download link is made (the file's own links
 * live minutes, the message may be read hours later). Queued in the area's outbox {@code order_export_notices} in the
 * transaction that marks the export done, and sent by the notifications job with retries. Staff read no shopper's
 * inbox (members' {@code Inbox} is the storefront's), so the message goes where they are.
 */
@ApplicationScoped
public class ExportNotices {

    /** The outbox table, its log reference and the attempts before a notice is given up on. */
    public static final OutboxTable TABLE = new OutboxTable("order_export_notices", "export_id", 6);

    /** The console page that lists the merchant's exports with their download links. */
    static final String EXPORTS_PAGE = "/console/orders/exports";

    private final AccountDirectory accounts;
    private final PublicBaseUrl baseUrl;

    ExportNotices(AccountDirectory accounts, PublicBaseUrl baseUrl) {
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    /** Queues the notice that the export is ready, in {@code tx}; nothing when its requester has no contact (any more). */
    public Uni<Void> ready(SqlClient tx, OrderExport export, long orders, Instant keptUntil, Instant at) {
        String page = baseUrl.resolve(EXPORTS_PAGE).toString();
        String subject = "Your Bazaar order export is ready";
        String email = """
                Hello,

                the %s export of your orders you asked for is ready: %d orders.

                Download it from the exports page of the merchant console, where it is kept until %s:
                %s

                Bazaar
                """.formatted(export.format().name(), orders, keptUntil.atOffset(ZoneOffset.UTC).toLocalDate(), page);
        String sms = "Bazaar: your " + export.format().name() + " order export is ready: " + page;
        return accounts.find(tx, export.requestedBy()).chain(found -> {
            if (found.isPresent() && found.get().email().isPresent()) {
                return insert(tx, export.id(), OutboxMessage.EMAIL, found.get().email().get(), subject, email, at);
            }
            if (found.isPresent() && found.get().phone().isPresent()) {
                return insert(tx, export.id(), OutboxMessage.SMS, found.get().phone().get(), "", sms, at);
            }
            return Uni.createFrom().voidItem();
        });
    }

    private static Uni<Void> insert(SqlClient tx, UUID exportId, String channel, String recipient, String subject,
            String body, Instant at) {
        return tx.preparedQuery("insert into order_export_notices (export_id, channel, recipient, subject, body, "
                + "next_attempt_at, created_at) values ($1, $2, $3, $4, $5, $6, $6)")
                .execute(Tuple.from(List.of(exportId, channel, recipient, subject, body, at.atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }
}
