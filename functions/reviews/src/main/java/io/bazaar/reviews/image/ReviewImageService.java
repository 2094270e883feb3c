package io.bazaar.reviews.image;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.platform.image.ImageType;
import io.bazaar.platform.image.UploadRequest;
import io.bazaar.platform.image.UploadTicket;
import io.bazaar.platform.image.UploadedImages;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.reviews.ReviewsConfig;
import io.bazaar.reviews.review.service.ReviewImage;
import io.bazaar.reviews.review.service.WriteLimits;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Review photos reach S3 straight from the shopper's browser, as product images do: a PENDING row and a presigned
 * PUT first, then a confirmation that checks the stored object (platform {@link UploadedImages}); a READY photo is
 * then named in a review. Photos never put into a review are dropped after a day.
 */
@ApplicationScoped
public class ReviewImageService {

    /** Uploads in flight per shopper (not yet in a review): a review has 6, so two reviews' worth. */
    static final int MAX_UNATTACHED = 12;

    private static final Logger LOG = Logger.getLogger(ReviewImageService.class);

    private final Pool pool;
    private final ReviewImageRepository images;
    private final ReviewImageStore store;
    private final WriteLimits limits;
    private final ReviewsConfig config;
    private final Clock clock;

    ReviewImageService(Pool pool, ReviewImageRepository images, ReviewImageStore store, WriteLimits limits,
            ReviewsConfig config, Clock clock) {
        this.pool = pool;
        this.images = images;
        this.store = store;
        this.limits = limits;
        this.config = config;
        this.clock = clock;
    }

    public Uni<UploadTicket> start(UUID accountId, UploadRequest request) {
        ImageType type = UploadedImages.checkRequest(request, config.maxImageBytes());
        Instant now = clock.instant();
        return limits.shopperWrite(accountId)
                .chain(() -> images.countUnattached(pool, accountId, now.minus(config.unattachedImageMaxAge())))
                .chain(inFlight -> {
                    if (inFlight >= MAX_UNATTACHED) {
                        throw ProblemException.conflict("too-many-uploads", "At most " + MAX_UNATTACHED
                                + " photos may wait to be put into a review; write the review or wait a day.");
                    }
                    UUID id = UUID.randomUUID();
                    ReviewImage image = new ReviewImage(id, accountId, null, ReviewImageStore.PREFIX + accountId + "/" + id,
                            type.contentType(), request.sizeBytes().intValue(), null, null, "PENDING", 0, now);
                    return images.insert(pool, image)
                            .chain(() -> store.objects().presignUpload(image.objectKey(), image.contentType(),
                                    request.sizeBytes(), config.imageUploadTtl()))
                            .map(signed -> new UploadTicket(id, signed.url().toString(), "PUT",
                                    Map.of("Content-Type", image.contentType()), signed.expiration()));
                });
    }

    /** Checks the uploaded object; confirming a READY photo again answers the same. */
    public Uni<ReviewImageView> confirm(UUID accountId, UUID imageId) {
        return images.findOwned(pool, accountId, imageId).chain(image -> {
            if (image == null) {
                throw ProblemException.notFound("image-not-found", "You have no such photo.");
            }
            if (image.ready()) {
                return Uni.createFrom().item(view(image));
            }
            return UploadedImages.inspect(store.objects(), image.objectKey(), image.contentType(), image.sizeBytes(),
                    new UploadedImages.Limits(config.maxImageBytes(), config.imageProbeBytes()))
                    .chain(found -> images.markReady(pool, imageId, (int) found.sizeBytes(), found.widthOrNull(),
                            found.heightOrNull()).replaceWith(new ReviewImageView(imageId, store.urlOf(image.objectKey()),
                                    found.widthOrNull(), found.heightOrNull())));
        });
    }

    public ReviewImageView view(ReviewImage image) {
        return new ReviewImageView(image.id(), store.urlOf(image.objectKey()), image.width(), image.height());
    }

    /** Deletes objects whose rows are gone (after the commit that removed them); failures are logged, not raised. */
    public Uni<Void> deleteObjects(List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return store.objects().deleteAll(keys).replaceWithVoid().onFailure().recoverWithUni(e -> {
            LOG.warnf(e, "Could not delete %d review photos from S3: %s", keys.size(), keys);
            return Uni.createFrom().voidItem();
        });
    }

    /** Drops photos never put into a review within the configured age, rows first, then their objects. */
    public Uni<Integer> dropUnattached(Instant now) {
        return images.deleteUnattachedBefore(pool, now.minus(config.unattachedImageMaxAge()), 1000)
                .call(this::deleteObjects).map(List::size);
    }
}
