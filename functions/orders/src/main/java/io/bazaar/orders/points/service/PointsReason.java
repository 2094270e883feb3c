package io.bazaar.orders.points.service;

/** Why a ledger entry moved points. */
public enum PointsReason {
    /** A completed order's points (positive, expires). */
    EARNED,
    /** Paid with at checkout (negative). */
    SPENT,
    /** Taken back because an order that earned them was refunded (negative). */
    CLAWED_BACK,
    /** Lots past their expiry date (negative, written by the expiry job). */
    EXPIRED,
    /** Spent points given back: the order was cancelled unpaid, or refunded (positive, expires anew). */
    REFUND_OF_SPEND,
    /** A platform admin's correction, with a reason (either sign; positive ones expire). */
    ADJUSTED
}
