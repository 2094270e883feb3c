package io.bazaar.orders.export.rest;

import java.net.URL;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.export.service.OrderExport;

/** An export as its merchant follows it: state, progress, and while the file is there, where to download it. */
public record OrderExportView(UUID id, String format, @Schema(enumeration = { "QUEUED", "RUNNING", "DONE", "FAILED" }) String state,
        @Schema(nullable = true, description = "Orders to write; known once a worker started") Long rowsTotal,
        long ordersDone, long linesWritten, @Schema(nullable = true) Long sizeBytes,
        @Schema(nullable = true, description = "Why it failed") String error, Instant createdAt,
        @Schema(nullable = true) Instant startedAt, @Schema(nullable = true) Instant finishedAt,
        @Schema(nullable = true, description = "Until when the file can be downloaded") Instant expiresAt,
        @Schema(nullable = true, description = "A short-lived link to the file (DONE and not expired)") String downloadUrl) {

    public static OrderExportView of(OrderExport e, URL download) {
        return new OrderExportView(e.id(), e.format().name(), e.state().name(), e.rowsTotal(), e.ordersDone(),
                e.linesWritten(), e.sizeBytes(), e.error(), e.createdAt(), e.startedAt(), e.finishedAt(), e.expiresAt(),
                download == null ? null : download.toString());
    }
}
