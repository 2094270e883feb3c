package io.bazaar.orders.notification.service;

/** One message waiting in the outbox (or sent from it). */
public record Notification(long id, String orderNumber, NotificationKind kind, String channel, String recipient,
        String subject, String body, int attempts) {

    public static final String EMAIL = "EMAIL";
    public static final String SMS = "SMS";
}
