package io.bazaar.members.messages.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.contract.AccountCard;
import io.bazaar.identity.contract.AccountDirectory;
import io.bazaar.members.contract.Inbox;
import io.bazaar.members.contract.InboxKind;
import io.bazaar.members.contract.InboxMessage;
import io.bazaar.members.messages.repository.NoticeRepository;
import io.bazaar.members.settings.repository.SettingsRepository;
import io.bazaar.platform.outbox.OutboxMessage;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Tells the other side of a thread, in the message's transaction (a rolled-back message tells nobody): a staff reply
 * lands in the shopper's inbox (with its push), and by e-mail, or SMS for a phone-only login, unless the shopper turned
 * message notices off; a shopper's message that leaves the thread unanswered reaches the shop's staff who hold the
 * {@code messages} permission (owners included) by e-mail or SMS. Notices carry no message text (a deleted message
 * cannot be taken back from a mailbox) and are sent once per unanswered or unread batch, not once per message.
 */
@ApplicationScoped
public class MessageNotices {

    /** The inbox key of a staff reply; worded in the storefront and in {@code MessageTexts}. */
    public static final String REPLIED = "message.replied";

    private final Inbox inbox;
    private final NoticeRepository notices;
    private final SettingsRepository settings;
    private final AccountDirectory accounts;

    MessageNotices(Inbox inbox, NoticeRepository notices, SettingsRepository settings, AccountDirectory accounts) {
        this.inbox = inbox;
        this.notices = notices;
        this.settings = settings;
        this.accounts = accounts;
    }

    /** A staff member replied; {@code firstUnread}: the shopper had seen everything before it. */
    public Uni<Void> staffReplied(SqlClient tx, MessageThread thread, String shopName, boolean firstUnread, Instant at) {
        String shop = shopName == null ? "The shop" : cut(shopName);
        String link = "/account/messages/" + thread.id();
        Uni<Void> inApp = inbox.post(tx, InboxMessage.of(thread.accountId(), InboxKind.MESSAGE, REPLIED,
                Map.of("shop", shop, "threadId", thread.id().toString()), link)).replaceWithVoid();
        if (!firstUnread) {
            return inApp;
        }
        String subject = shop + " replied to your message";
        String text = shop + " replied to your message" + topic(thread) + ". Read the reply in your member centre: "
                + link + "\n";
        return inApp.chain(() -> settings.messageNotices(tx, thread.accountId())).chain(wanted -> !wanted
                ? Uni.createFrom().voidItem()
                : accounts.find(tx, thread.accountId()).chain(card -> send(tx, thread, card, subject, text, at)));
    }

    /** The shopper wrote and the thread now awaits a reply (a new thread, or the first message after a reply). */
    public Uni<Void> shopperWrote(SqlClient tx, MessageThread thread, Instant at) {
        String subject = "A customer is waiting for an answer" + topic(thread);
        String text = "A customer wrote to your shop" + topic(thread) + ". Answer in the merchant console: /console/messages/"
                + thread.id() + "\n";
        return accounts.staffWith(tx, thread.merchantId(), StaffAccess.MESSAGES).chain(staff -> staff.isEmpty()
                ? Uni.createFrom().voidItem()
                : Multi.createFrom().iterable(staff).onItem()
                        .transformToUniAndConcatenate(card -> send(tx, thread, Optional.of(card), subject, text, at))
                        .collect().last().replaceWithVoid());
    }

    private Uni<Void> send(SqlClient tx, MessageThread thread, Optional<AccountCard> found, String subject, String text,
            Instant at) {
        if (found.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        AccountCard card = found.get();
        if (card.email().isPresent()) {
            return notices.insert(tx, thread.id(), OutboxMessage.EMAIL, card.email().get(), subject, text, at);
        }
        if (card.phone().isPresent()) {
            return notices.insert(tx, thread.id(), OutboxMessage.SMS, card.phone().get(), "", subject, at);
        }
        return Uni.createFrom().voidItem();
    }

    private static String topic(MessageThread thread) {
        if (thread.orderNumber() != null) {
            return " about order " + thread.orderNumber();
        }
        if (thread.productName() != null) {
            return " about " + cut(thread.productName());
        }
        return "";
    }

    private static String cut(String text) {
        return text.length() > 120 ? text.substring(0, 120) : text;
    }
}
