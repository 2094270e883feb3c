package io.bazaar.orders.notification.service;

/** The order events a customer hears about. */
public enum NotificationKind {
    SUBMITTED, PAID, SHIPPED, DELIVERED
}
