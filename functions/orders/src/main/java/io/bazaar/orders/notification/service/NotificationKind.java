package io.bazaar.orders.notification.service;

/** The order events a customer hears about (and, for a new return, the merchant's staff). */
public enum NotificationKind {
    SUBMITTED, PAID, SHIPPED, DELIVERED,
    /** A parcel left with part of the order; SHIPPED follows with the last one. */
    PART_SHIPPED,
    /** Return messages: their words come from {@code io.bazaar.orders.returns.service.ReturnNotices}. */
    RETURN_REQUESTED, RETURN_APPROVED, RETURN_REJECTED, RETURN_REFUNDED
}
