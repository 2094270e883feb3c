package io.bazaar.server.jobs;

import io.bazaar.platform.jobs.ScheduledJob;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** A job that only counts its runs, so tests can see whether a trigger started it. */
@ApplicationScoped
public class TallyJob implements ScheduledJob {

    private final AtomicInteger runs = new AtomicInteger();

    @Override
    public String name() {
        return "tally";
    }

    @Override
    public Uni<Void> run() {
        return Uni.createFrom().voidItem().invoke(runs::incrementAndGet);
    }

    int runs() {
        return runs.get();
    }
}
