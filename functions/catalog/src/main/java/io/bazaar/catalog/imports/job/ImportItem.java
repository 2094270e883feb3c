package io.bazaar.catalog.imports.job;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The result for one page of a job.
 *
 * @param index     the page's position in the job's list of pages
 * @param productId the product created or updated (absent when none)
 * @param reason    why it failed or was skipped, or what changed
 */
public record ImportItem(int index, String url, ImportOutcome outcome, @Schema(nullable = true) String reason,
        @Schema(nullable = true) UUID productId, @Schema(nullable = true) String name, Instant at) {
}
