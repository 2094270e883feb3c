package io.bazaar.orders.export.service;

import java.time.Instant;
import java.util.UUID;

import io.bazaar.orders.order.service.OrderQuery;

/**
 * One export of a merchant's orders: what was asked (format, the list's query), how far it got and where its file is.
 *
 * @param rowsTotal   the orders the query matched when the export started; null while queued
 * @param ordersDone  orders written so far
 * @param linesWritten order lines written so far (one row each)
 * @param attempt     how many times a worker took it (a worker that dies is replaced once its lease runs out)
 */
public record OrderExport(UUID id, UUID merchantId, UUID requestedBy, ExportFormat format, OrderQuery query,
        ExportState state, Long rowsTotal, long ordersDone, long linesWritten, Long sizeBytes, String objectKey,
        String uploadId, String error, int attempt, Instant createdAt, Instant startedAt, Instant finishedAt,
        Instant expiresAt) {

    /** Whether the file can still be downloaded at {@code now}. */
    public boolean downloadable(Instant now) {
        return state == ExportState.DONE && objectKey != null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
