package io.bazaar.catalog.imports.job;

/** Where a job is: waiting for a worker, finding product pages, importing them, or done. */
public enum ImportJobStatus {
    QUEUED, DISCOVERING, IMPORTING, COMPLETED, FAILED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
