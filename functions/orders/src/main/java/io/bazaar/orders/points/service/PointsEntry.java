package io.bazaar.orders.points.service;

import java.time.Instant;

/**
 * One line of an account's points ledger.
 *
 * @param source what caused it: {@code order:<number>}, {@code refund:<id>}, {@code checkout:<id>},
 *               {@code adjustment:<id>} or {@code expiry}
 */
public record PointsEntry(long id, long amount, PointsReason reason, String source, String note, Instant createdAt,
        Instant expiresAt) {
}
