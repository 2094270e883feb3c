package io.bazaar.orders.jobs;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.returns.service.ReturnPhotos;
import io.bazaar.platform.jobs.ScheduledJob;
import io.smallrye.mutiny.Uni;

/** Drops return photo uploads never attached to a return when EventBridge says so (in AWS). */
@ApplicationScoped
public class ReturnPhotoCleanupJob implements ScheduledJob {

    private final ReturnPhotos photos;
    private final Clock clock;

    ReturnPhotoCleanupJob(ReturnPhotos photos, Clock clock) {
        this.photos = photos;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "return-photo-cleanup";
    }

    @Override
    public Uni<Void> run() {
        return photos.cleanUp(clock.instant()).replaceWithVoid();
    }
}
