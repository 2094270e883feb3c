package io.bazaar.members.contract;

/** What an in-app notification is about; the storefront files and decorates them by kind. */
public enum InboxKind {
    /** An order's state changed (orders). */
    ORDER,
    /** A return or refund moved on. */
    RETURN,
    /** A merchant replied to the shopper's review (reviews). */
    REVIEW_REPLY,
    /** A message from a merchant or the platform. */
    MESSAGE,
    /** A favourited product got cheaper (members). */
    PRICE_DROP,
    /** Anything else the platform tells its shoppers. */
    SYSTEM
}
