package io.bazaar.orders.notification.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.notification.repository.NotificationRepository;
import io.bazaar.orders.order.service.Order;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Queues an order's messages in the transaction of its state change: the change and its e-mail/SMS commit or roll
 * back together, and no failing send can ever undo or lose an order.
 */
@ApplicationScoped
public class NotificationOutbox {

    private final NotificationRepository notifications;
    private final NotificationTemplates templates;

    NotificationOutbox(NotificationRepository notifications, NotificationTemplates templates) {
        this.notifications = notifications;
        this.templates = templates;
    }

    /** An e-mail when the account has an address, and an SMS when it has a phone number. */
    public Uni<Void> enqueue(SqlClient tx, Order order, NotificationKind kind, Instant at) {
        return notifications.contactOf(tx, order.accountId()).chain(contact -> {
            Uni<Void> email = contact[0] == null ? Uni.createFrom().voidItem()
                    : notifications.insert(tx, order.number(), kind, Notification.EMAIL, contact[0],
                            templates.subject(kind, order), templates.email(kind, order), at);
            return email.chain(() -> contact[1] == null ? Uni.createFrom().voidItem()
                    : notifications.insert(tx, order.number(), kind, Notification.SMS, contact[1], "",
                            templates.sms(kind, order), at));
        });
    }
}
