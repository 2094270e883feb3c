package io.bazaar.orders.coupon.service;

import java.time.Instant;
import java.util.UUID;

/** A coupon a shopper collected: valid in its own window, used once (by one checkout). */
public record WalletCoupon(UUID id, UUID accountId, Coupon coupon, Instant collectedAt, Instant validFrom,
        Instant validUntil, Instant usedAt, UUID checkoutId) {

    /** Where a wallet coupon stands. */
    public enum State {
        USABLE, NOT_STARTED, USED, EXPIRED
    }

    public State stateAt(Instant at) {
        if (usedAt != null) {
            return State.USED;
        }
        if (!at.isBefore(validUntil)) {
            return State.EXPIRED;
        }
        return at.isBefore(validFrom) ? State.NOT_STARTED : State.USABLE;
    }

    /** The coupon as this entry holds it: valid in the entry's window. */
    public Coupon asCollected() {
        return coupon.within(validFrom, validUntil);
    }
}
