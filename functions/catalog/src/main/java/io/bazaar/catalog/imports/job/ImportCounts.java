package io.bazaar.catalog.imports.job;

/** A job's progress: pages found, pages done, and what became of them. */
public record ImportCounts(int discovered, int processed, int imported, int updated, int unchanged, int skipped,
                           int failed) {
}
