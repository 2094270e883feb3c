package io.bazaar.orders.coupon.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A discount code: a fixed amount (minor units of one currency) or a percentage of the eligible items, optionally only
 * for one merchant's goods, from a minimum spend, within a validity window, with optional use limits. A published
 * coupon is collected into shoppers' wallets (within its collect window, from a limited stock, a few per shopper) and
 * used only from there; a members-only coupon is for verified members.
 */
public record Coupon(UUID id, String code, UUID merchantId, Kind kind, Long amountMinor, String currency, Integer percent,
        long minSpendMinor, Instant validFrom, Instant validUntil, boolean oncePerCustomer, Integer totalUses,
        int usedCount, Instant createdAt, Wallet wallet, boolean membersOnly) {

    /** How the discount is computed. */
    public enum Kind {
        FIXED, PERCENT
    }

    /**
     * How a published coupon is collected.
     *
     * @param collectFrom  null: from when it is created
     * @param collectUntil null: until it stops being valid
     * @param stock        how many may be collected in all; null: no limit
     * @param validDays    a collected coupon is valid this many days from collecting (never past validUntil); null:
     *                     the coupon's own window
     */
    public record Wallet(boolean published, Instant collectFrom, Instant collectUntil, Integer stock, int collected,
            int perCustomerLimit, Integer validDays) {

        public static final Wallet NONE = new Wallet(false, null, null, null, 0, 1, null);
    }

    public boolean validAt(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validUntil);
    }

    /** Whether it is used from a wallet only (it must be collected first). */
    public boolean published() {
        return wallet.published();
    }

    /** Collectable now: published, inside its collect window and still valid. */
    public boolean collectableAt(Instant at) {
        return published() && (wallet.collectFrom() == null || !at.isBefore(wallet.collectFrom()))
                && (wallet.collectUntil() == null || at.isBefore(wallet.collectUntil())) && at.isBefore(validUntil);
    }

    /** The coupon as one wallet entry holds it: valid within that entry's window. */
    public Coupon within(Instant from, Instant until) {
        return new Coupon(id, code, merchantId, kind, amountMinor, currency, percent, minSpendMinor, from, until,
                oncePerCustomer, totalUses, usedCount, createdAt, wallet, membersOnly);
    }

    /** The discount on items worth {@code eligibleMinor}: never more than the items, rounded down for percentages. */
    public long discountOn(long eligibleMinor) {
        long raw = kind == Kind.FIXED ? amountMinor : Math.multiplyExact(eligibleMinor, (long) percent) / 100;
        return Math.min(raw, eligibleMinor);
    }
}
