package io.bazaar.catalog.image;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.jobs.ScheduledJob;
import io.smallrye.mutiny.Uni;

/** Lets EventBridge start the image clean-up in AWS, where the in-process scheduler does not run. */
@ApplicationScoped
public class ImageCleanupJob implements ScheduledJob {

    private final ImageCleanup cleanup;

    ImageCleanupJob(ImageCleanup cleanup) {
        this.cleanup = cleanup;
    }

    @Override
    public String name() {
        return "image-cleanup";
    }

    @Override
    public Uni<Void> run() {
        return cleanup.run().replaceWithVoid();
    }
}
