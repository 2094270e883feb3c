package io.bazaar.orders.export.service;

/** QUEUED until a worker takes it, RUNNING while rows are written, then DONE (the file is there) or FAILED. */
public enum ExportState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
