package io.bazaar.orders.coupon.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A discount code: a fixed amount (minor units of one currency) or a percentage of the eligible items, optionally only
 * for one merchant's goods, from a minimum spend, within a validity window, with optional use limits.
 */
public record Coupon(UUID id, String code, UUID merchantId, Kind kind, Long amountMinor, String currency, Integer percent,
        long minSpendMinor, Instant validFrom, Instant validUntil, boolean oncePerCustomer, Integer totalUses,
        int usedCount, Instant createdAt) {

    /** How the discount is computed. */
    public enum Kind {
        FIXED, PERCENT
    }

    public boolean validAt(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validUntil);
    }

    /** The discount on items worth {@code eligibleMinor}: never more than the items, rounded down for percentages. */
    public long discountOn(long eligibleMinor) {
        long raw = kind == Kind.FIXED ? amountMinor : Math.multiplyExact(eligibleMinor, (long) percent) / 100;
        return Math.min(raw, eligibleMinor);
    }
}
