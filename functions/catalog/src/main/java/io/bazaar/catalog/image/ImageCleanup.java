package io.bazaar.catalog.image;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Leaves no orphan objects in the images bucket: drops uploads never confirmed (the database queues their objects)
 * and deletes every queued object. A queue entry stays until S3 confirmed the deletion and no upload URL handed out
 * before it can still be used, since such an upload would create the object again.
 */
@ApplicationScoped
public class ImageCleanup {

    /** What one run did. */
    public record Report(long stalePendingRemoved, long objectsDeleted, long queueEntriesRemoved) {
    }

    /** DeleteObjects takes at most 1000 keys. */
    static final int BATCH = 1000;

    private static final Logger LOG = Logger.getLogger(ImageCleanup.class);

    private final ProductImageRepository images;
    private final ImageDeletionRepository deletions;
    private final ImageStore store;
    private final ImageConfig config;
    private final Clock clock;

    ImageCleanup(ProductImageRepository images, ImageDeletionRepository deletions, ImageStore store, ImageConfig config,
            Clock clock) {
        this.images = images;
        this.deletions = deletions;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "image-cleanup", every = "${bazaar.catalog.image-cleanup-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().invoke(report -> LOG.debugf("Image cleanup: %s", report))
                .onFailure().invoke(e -> LOG.warn("Image cleanup failed; the next run tries again", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One full pass; needs a Vert.x context (the scheduler gives one, tests use VertxContextSupport). */
    public Uni<Report> run() {
        Instant now = clock.instant();
        Duration pendingAge = config.pendingMaxAge().compareTo(config.uploadTtl()) < 0 ? config.uploadTtl() : config.pendingMaxAge();
        Instant uploadsClosedBefore = now.minus(config.uploadTtl());
        return Panache.withTransaction(() -> images.deletePendingBefore(now.minus(pendingAge)))
                .chain(stale -> deleteQueued("", uploadsClosedBefore, new Report(stale, 0, 0)));
    }

    private Uni<Report> deleteQueued(String afterKey, Instant uploadsClosedBefore, Report sofar) {
        return Panache.withSession(() -> deletions.after(afterKey, BATCH)).chain(batch -> {
            if (batch.isEmpty()) {
                return Uni.createFrom().item(sofar);
            }
            List<String> keys = batch.stream().map(d -> d.objectKey).toList();
            // an imported image's object may have been taken up again by another product since it was queued
            return Panache.withSession(() -> images.referenced(keys)).chain(referenced -> store.deleteAll(
                    keys.stream().filter(k -> !referenced.contains(k)).toList()).chain(deleted -> {
                List<String> done = new ArrayList<>(removable(batch, deleted, uploadsClosedBefore));
                done.addAll(referenced);
                return Panache.withTransaction(() -> deletions.remove(done)).chain(removed -> deleteQueued(
                        keys.get(keys.size() - 1), uploadsClosedBefore,
                        new Report(sofar.stalePendingRemoved(), sofar.objectsDeleted() + deleted.size(),
                                sofar.queueEntriesRemoved() + removed)));
            }));
        });
    }

    private static List<String> removable(List<ImageDeletion> batch, Set<String> deleted, Instant uploadsClosedBefore) {
        return batch.stream().filter(d -> deleted.contains(d.objectKey) && d.requestedAt.isBefore(uploadsClosedBefore))
                .map(d -> d.objectKey).toList();
    }
}
