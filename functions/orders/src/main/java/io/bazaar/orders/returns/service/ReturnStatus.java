package io.bazaar.orders.returns.service;

import java.util.Map;
import java.util.Set;

/**
 * The life of a return; {@link #canMoveTo} is its whole state machine. Goods come back through SHIPPED_BACK and
 * RECEIVED; a refund only goes from APPROVED straight to REFUNDED. REJECTED, CANCELLED and REFUNDED end it.
 */
public enum ReturnStatus {
    REQUESTED, APPROVED, REJECTED, CANCELLED, SHIPPED_BACK, RECEIVED, REFUNDED;

    private static final Map<ReturnStatus, Set<ReturnStatus>> NEXT = Map.of(
            REQUESTED, Set.of(APPROVED, REJECTED, CANCELLED),
            APPROVED, Set.of(SHIPPED_BACK, REFUNDED),
            SHIPPED_BACK, Set.of(RECEIVED),
            RECEIVED, Set.of(REFUNDED),
            REJECTED, Set.of(),
            CANCELLED, Set.of(),
            REFUNDED, Set.of());

    /** The statuses of a return that has not ended: while an order has one, it does not complete. */
    public static final Set<ReturnStatus> OPEN = Set.of(REQUESTED, APPROVED, SHIPPED_BACK, RECEIVED);

    /** A refund only is never shipped back; goods that were to come back are refunded only once received. */
    public boolean canMoveTo(ReturnKind kind, ReturnStatus next) {
        if (kind == ReturnKind.REFUND_ONLY && next == SHIPPED_BACK) {
            return false;
        }
        if (kind == ReturnKind.RETURN && this == APPROVED && next == REFUNDED) {
            return false;
        }
        return NEXT.get(this).contains(next);
    }

    public boolean open() {
        return OPEN.contains(this);
    }
}
