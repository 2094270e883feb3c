package io.bazaar.orders.points.service;

import java.time.Instant;
import java.util.List;

/**
 * An account's points now: the balance (the ledger's sum, less lots past their date that the expiry job has not
 * written off yet) and the lots that still hold points with when they expire,
 * soonest first.
 */
public record PointsBalance(long balance, List<Lot> lots) {

    /** Points of one earned lot still unspent, and when they expire. */
    public record Lot(long points, Instant expiresAt) {
    }

    /**
     * First-in first-out by expiry: everything taken out so far ({@code debits}) came out of the soonest-expiring lots.
     *
     * @param lots positive entries (amount, expiry), soonest expiry first
     */
    public static PointsBalance of(List<Lot> lots, long debits, Instant now) {
        long taken = debits;
        long balance = 0;
        List<Lot> live = new java.util.ArrayList<>();
        for (Lot lot : lots) {
            long left = lot.points() - Math.min(lot.points(), taken);
            taken -= Math.min(lot.points(), taken);
            if (left > 0 && (lot.expiresAt() == null || lot.expiresAt().isAfter(now))) {
                live.add(new Lot(left, lot.expiresAt()));
                balance += left;
            }
        }
        return new PointsBalance(balance, live);
    }

    /** Points that expire before {@code until}. */
    public long expiringBefore(Instant until) {
        return lots.stream().filter(l -> l.expiresAt() != null && l.expiresAt().isBefore(until)).mapToLong(Lot::points).sum();
    }
}
