package io.bazaar.catalog.imports.job;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An import job as the merchant sees it.
 *
 * @param host     the shop's host: jobs of one host are crawled one at a time
 * @param problems what went wrong outside single pages (an unreadable sitemap, pages beyond the limit)
 */
public record ImportJob(UUID id, UUID merchantId, String host, ImportJobStatus status,
        @Schema(nullable = true) String startUrl, @Schema(nullable = true) String sitemapUrl, int urlCount,
        ImportOptions options, ImportCounts counts, List<String> problems, Instant createdAt,
        @Schema(nullable = true) Instant startedAt, @Schema(nullable = true) Instant finishedAt) {
}
