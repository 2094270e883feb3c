package io.bazaar.catalog.imports.work;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.imports.job.ImportJobStatus;
import io.bazaar.catalog.imports.job.ImportJobStore;

import io.bazaar.catalog.imports.refresh.PriceRefresh;

/** Does what a queued import message asks; the importer Lambda and the local queue both call it. Blocking. */
@ApplicationScoped
public class ImportWorker {

    private final JobRunner jobs;
    private final PriceRefresh refresh;
    private final ImportJobStore jobRecords;

    ImportWorker(JobRunner jobs, PriceRefresh refresh, ImportJobStore jobRecords) {
        this.jobs = jobs;
        this.refresh = refresh;
        this.jobRecords = jobRecords;
    }

    public void handle(ImportMessage message) {
        switch (message.kind()) {
            case JOB -> jobs.run(message.jobId());
            case REFRESH -> refresh.refresh(message.merchantId(), message.productIds());
            default -> throw new IllegalArgumentException("unknown import message " + message.kind());
        }
    }

    /**
     * The message failed at its last delivery: a job ends as FAILED with the reason, so the merchant sees it stopped
     * (pages already imported stay); refreshed products simply come due again.
     */
    public void giveUp(ImportMessage message, Exception cause) {
        if (message.kind() == ImportMessage.Kind.JOB && message.jobId() != null) {
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            jobRecords.addProblem(message.jobId(), "the import stopped after repeated failures: " + reason);
            jobRecords.finish(message.jobId(), ImportJobStatus.FAILED);
        }
    }
}
