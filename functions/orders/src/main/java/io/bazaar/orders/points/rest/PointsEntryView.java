package io.bazaar.orders.points.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.points.service.PointsEntry;

/** One ledger line as the shopper sees it. */
public record PointsEntryView(long id, long amount,
        @Schema(enumeration = { "EARNED", "SPENT", "CLAWED_BACK", "EXPIRED", "REFUND_OF_SPEND", "ADJUSTED" }) String reason,
        @Schema(description = "order:<number>, refund:<id>, checkout:<id>, adjustment:<id> or expiry") String source,
        @Schema(nullable = true) String note, Instant createdAt, @Schema(nullable = true) Instant expiresAt) {

    public static PointsEntryView of(PointsEntry e) {
        return new PointsEntryView(e.id(), e.amount(), e.reason().name(), e.source(), e.note(), e.createdAt(), e.expiresAt());
    }
}
