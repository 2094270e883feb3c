package io.bazaar.catalog.imports.work;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.imports.refresh.PriceRefresh;

/** Does what a queued import message asks; the importer Lambda and the local queue both call it. Blocking. */
@ApplicationScoped
public class ImportWorker {

    private final JobRunner jobs;
    private final PriceRefresh refresh;

    ImportWorker(JobRunner jobs, PriceRefresh refresh) {
        this.jobs = jobs;
        this.refresh = refresh;
    }

    public void handle(ImportMessage message) {
        switch (message.kind()) {
            case JOB -> jobs.run(message.jobId());
            case REFRESH -> refresh.refresh(message.merchantId(), message.productIds());
            default -> throw new IllegalArgumentException("unknown import message " + message.kind());
        }
    }
}
