package io.bazaar.server.jobs;

import io.bazaar.platform.jobs.ScheduledJob;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** A job whose every run fails, so tests can see how a failure is reported. */
@ApplicationScoped
public class BrokenJob implements ScheduledJob {

    @Override
    public String name() {
        return "broken";
    }

    @Override
    public Uni<Void> run() {
        return Uni.createFrom().failure(new IllegalStateException("stock ledger unreachable at db.internal:5432"));
    }
}
