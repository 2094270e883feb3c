package io.bazaar.members.jobs;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.favourite.pricedrop.PriceDropWatch;
import io.bazaar.platform.jobs.ScheduledJob;
import io.smallrye.mutiny.Uni;

/** Compares favourites with today's prices and posts price-drop notices, when EventBridge says so (in AWS). */
@ApplicationScoped
public class PriceDropsJob implements ScheduledJob {

    private final PriceDropWatch watch;

    PriceDropsJob(PriceDropWatch watch) {
        this.watch = watch;
    }

    @Override
    public String name() {
        return "price-drops";
    }

    @Override
    public Uni<Void> run() {
        return watch.run().replaceWithVoid();
    }
}
