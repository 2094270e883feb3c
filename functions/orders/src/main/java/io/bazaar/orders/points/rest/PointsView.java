package io.bazaar.orders.points.rest;

import java.time.Instant;
import java.util.List;

import io.bazaar.orders.points.service.PointsBalance;
import io.bazaar.orders.points.service.PointsService;

/** An account's points: the balance, what expires soon, and every lot still holding points with its expiry. */
public record PointsView(long balance, long expiringSoon, Instant expiringSoonBefore, List<LotView> lots) {

    /** Unspent points of one lot and when they expire. */
    public record LotView(long points, Instant expiresAt) {
    }

    public static PointsView of(PointsService.Summary s) {
        PointsBalance b = s.balance();
        return new PointsView(b.balance(), b.expiringBefore(s.soonBefore()), s.soonBefore(),
                b.lots().stream().map(l -> new LotView(l.points(), l.expiresAt())).toList());
    }
}
