package io.bazaar.orders.notification.service;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.contract.AccountCard;
import io.bazaar.identity.contract.AccountDirectory;
import io.bazaar.members.contract.Inbox;
import io.bazaar.members.contract.InboxKind;
import io.bazaar.members.contract.InboxMessage;
import io.bazaar.orders.notification.repository.NotificationRepository;
import io.bazaar.orders.order.service.Order;
import io.bazaar.platform.outbox.OutboxMessage;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Queues an order's messages in the transaction of its state change: the change and its e-mail/SMS commit or roll
 * back together, and no failing send can ever undo or lose an order. The same news is posted to the shopper's in-app
 * inbox through the members area's {@link Inbox}, in the same transaction (message keys {@code order.submitted},
 * {@code order.paid}, {@code order.partShipped}, {@code order.shipped}, {@code order.delivered} with the order's {@code number}).
 */
@ApplicationScoped
public class NotificationOutbox {

    private final NotificationRepository notifications;
    private final NotificationTemplates templates;
    private final Inbox inbox;
    private final AccountDirectory accounts;

    NotificationOutbox(NotificationRepository notifications, NotificationTemplates templates, Inbox inbox,
            AccountDirectory accounts) {
        this.notifications = notifications;
        this.templates = templates;
        this.inbox = inbox;
        this.accounts = accounts;
    }

    /** The account's e-mail and phone (identity's, read through its contract), either possibly null. */
    private Uni<String[]> contactOf(SqlClient tx, UUID accountId) {
        return accounts.find(tx, accountId).map(card -> card.map(NotificationOutbox::contact).orElseGet(() -> new String[2]));
    }

    private static String[] contact(AccountCard card) {
        return new String[] { card.email().orElse(null), card.phone().orElse(null) };
    }

    /** An in-app notification, an e-mail when the account has an address, and an SMS when it has a phone number. */
    public Uni<Void> enqueue(SqlClient tx, Order order, NotificationKind kind, Instant at) {
        Uni<?> inApp = inbox.post(tx, InboxMessage.of(order.accountId(), InboxKind.ORDER,
                "order." + messageName(kind), Map.of("number", order.number()), "/orders/" + order.number()));
        return inApp.chain(() -> contactOf(tx, order.accountId())).chain(contact -> {
            Uni<Void> email = contact[0] == null ? Uni.createFrom().voidItem()
                    : notifications.insert(tx, order.number(), kind, OutboxMessage.EMAIL, contact[0],
                            templates.subject(kind, order), templates.email(kind, order), at);
            return email.chain(() -> contact[1] == null ? Uni.createFrom().voidItem()
                    : notifications.insert(tx, order.number(), kind, OutboxMessage.SMS, contact[1], "",
                            templates.sms(kind, order), at));
        });
    }

    /** The kind as the inbox's key names it: {@code PART_SHIPPED} is {@code partShipped}. */
    private static String messageName(NotificationKind kind) {
        String[] words = kind.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** Words written by the caller (return messages): an e-mail subject and body, and an SMS. */
    public record Message(String subject, String email, String sms) {
    }

    /** The message to the account, by e-mail and SMS as {@link #enqueue} sends order messages. */
    public Uni<Void> enqueueTo(SqlClient tx, UUID accountId, String orderNumber, NotificationKind kind, Message message,
            Instant at) {
        return contactOf(tx, accountId).chain(contact -> send(tx, contact, orderNumber, kind, message, at));
    }

    /** As {@link #enqueueTo}, and the in-app notification (members' inbox) in the same transaction. */
    public Uni<Void> enqueueTo(SqlClient tx, UUID accountId, String orderNumber, NotificationKind kind, Message message,
            InboxMessage inApp, Instant at) {
        return inbox.post(tx, inApp).chain(() -> enqueueTo(tx, accountId, orderNumber, kind, message, at));
    }

    /** The message to every member of the merchant's staff who handles orders (the owner and the "orders" permission). */
    public Uni<Void> enqueueToOrderStaff(SqlClient tx, UUID merchantId, String orderNumber, NotificationKind kind,
            Message message, Instant at) {
        return accounts.staffWith(tx, merchantId, "orders").chain(staff -> Multi.createFrom().iterable(staff)
                .onItem().transformToUniAndConcatenate(card -> send(tx, contact(card), orderNumber, kind, message, at))
                .collect().last().replaceWithVoid());
    }

    private Uni<Void> send(SqlClient tx, String[] contact, String orderNumber, NotificationKind kind, Message message,
            Instant at) {
        Uni<Void> email = contact[0] == null ? Uni.createFrom().voidItem()
                : notifications.insert(tx, orderNumber, kind, OutboxMessage.EMAIL, contact[0], message.subject(),
                        message.email(), at);
        return email.chain(() -> contact[1] == null ? Uni.createFrom().voidItem()
                : notifications.insert(tx, orderNumber, kind, OutboxMessage.SMS, contact[1], "", message.sms(), at));
    }
}
