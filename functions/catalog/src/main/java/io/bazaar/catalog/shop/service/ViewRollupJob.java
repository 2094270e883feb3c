package io.bazaar.catalog.shop.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.jobs.ScheduledJob;
import io.smallrye.mutiny.Uni;

/** Lets EventBridge start the view roll-up in AWS, where the in-process scheduler does not run. */
@ApplicationScoped
public class ViewRollupJob implements ScheduledJob {

    private final ViewRollup rollup;

    ViewRollupJob(ViewRollup rollup) {
        this.rollup = rollup;
    }

    @Override
    public String name() {
        return "view-rollup";
    }

    @Override
    public Uni<Void> run() {
        return rollup.rollUp().replaceWithVoid();
    }
}
