package io.bazaar.reviews.image;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.platform.jobs.ScheduledJob;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Drops review photos uploaded but never put into a review (after bazaar.reviews.unattached-image-max-age), with their
 * objects: by the scheduler in the server, by EventBridge through POST /internal/jobs/review-photo-cleanup in AWS.
 */
@ApplicationScoped
public class ReviewPhotoCleanupJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(ReviewPhotoCleanupJob.class);

    private final ReviewImageService photos;
    private final Clock clock;

    ReviewPhotoCleanupJob(ReviewImageService photos, Clock clock) {
        this.photos = photos;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "review-photo-cleanup";
    }

    @Override
    public Uni<Void> run() {
        return photos.dropUnattached(clock.instant()).invoke(n -> LOG.debugf("Dropped %d unused review photos", n))
                .replaceWithVoid();
    }

    @Scheduled(identity = "review-photo-cleanup", every = "${bazaar.reviews.photo-cleanup-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().onFailure().invoke(e -> LOG.warn("Review photo clean-up failed; the next run tries again", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
