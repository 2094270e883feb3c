package io.bazaar.catalog.imports.work;

import java.util.UUID;

import io.bazaar.catalog.imports.job.ImportOutcome;

/** What importing one page did, and why when it did not import. */
public record PageResult(ImportOutcome outcome, String reason, UUID productId, String name) {

    static PageResult failed(String reason) {
        return new PageResult(ImportOutcome.FAILED, reason, null, null);
    }
}
