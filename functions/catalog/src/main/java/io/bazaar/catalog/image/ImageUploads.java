package io.bazaar.catalog.image;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.merchant.ContentChanges;
import io.bazaar.catalog.merchant.OwnedProducts;
import io.bazaar.catalog.product.ImageUrls;
import io.bazaar.catalog.product.Product;
import io.bazaar.platform.image.ImageType;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Images reach S3 straight from the merchant's browser: a PENDING row and a presigned PUT first, then a confirmation
 * that checks the stored object and attaches it at the end of the product's images.
 */
@ApplicationScoped
public class ImageUploads {

    private final OwnedProducts owned;
    private final ProductImageRepository images;
    private final ImageStore store;
    private final ImageInspection inspection;
    private final ContentChanges contentChanges;
    private final ImageUrls urls;
    private final ImageConfig config;
    private final Clock clock;

    ImageUploads(OwnedProducts owned, ProductImageRepository images, ImageStore store, ImageInspection inspection,
            ContentChanges contentChanges, ImageUrls urls, ImageConfig config, Clock clock) {
        this.owned = owned;
        this.images = images;
        this.store = store;
        this.inspection = inspection;
        this.contentChanges = contentChanges;
        this.urls = urls;
        this.config = config;
        this.clock = clock;
    }

    /** The product's row is locked, so concurrent requests cannot together pass the per-product limit. */
    @WithTransaction
    public Uni<UploadTicket> start(UUID merchantId, UUID productId, UploadRequest request) {
        ImageType type = check(request);
        Instant now = clock.instant();
        return owned.lock(merchantId, productId)
                .chain(product -> images.countHeld(productId, now.minus(config.uploadTtl())))
                .chain(held -> {
                    if (held >= config.maxImagesPerProduct()) {
                        throw tooMany();
                    }
                    ProductImage image = new ProductImage();
                    image.id = UUID.randomUUID();
                    image.productId = productId;
                    image.merchantId = merchantId;
                    image.objectKey = "products/" + productId + "/" + image.id;
                    image.contentType = type.contentType();
                    image.sizeBytes = request.sizeBytes().intValue();
                    image.status = ImageStatus.PENDING;
                    image.createdAt = now;
                    return images.persist(image)
                            .chain(() -> store.presignUpload(image.objectKey, image.contentType, request.sizeBytes(),
                                    config.uploadTtl()))
                            .map(signed -> new UploadTicket(image.id, signed.url().toString(), "PUT",
                                    Map.of("Content-Type", image.contentType), signed.expiration()));
                });
    }

    /** Confirming an attached image again answers the same; a failed check leaves the row PENDING for another try. */
    @WithTransaction
    public Uni<ImageView> confirm(UUID merchantId, UUID productId, UUID imageId) {
        return owned.lock(merchantId, productId).chain(product -> images.ofProduct(productId, imageId).chain(image -> {
            if (image == null) {
                throw ProblemException.notFound("image-not-found", "This product has no such image.");
            }
            if (image.status == ImageStatus.ATTACHED) {
                return Uni.createFrom().item(ImageView.of(image, urls.of(image.objectKey)));
            }
            return images.attachedOf(productId).chain(attached -> {
                if (attached.size() >= config.maxImagesPerProduct()) {
                    throw tooMany();
                }
                return inspection.inspect(image).map(found -> attach(product, image, found, attached));
            });
        }));
    }

    private ImageView attach(Product product, ProductImage image, ImageInspection.Inspected found, List<ProductImage> attached) {
        image.status = ImageStatus.ATTACHED;
        image.sizeBytes = (int) found.sizeBytes();
        image.width = found.sizeOrNull() == null ? null : found.sizeOrNull().width();
        image.height = found.sizeOrNull() == null ? null : found.sizeOrNull().height();
        image.position = attached.isEmpty() ? 0 : attached.get(attached.size() - 1).position + 1;
        product.updatedAt = clock.instant();
        contentChanges.sendBackToReview(product);
        return ImageView.of(image, urls.of(image.objectKey));
    }

    private ImageType check(UploadRequest request) {
        ImageType type = ImageType.ofContentType(request.contentType()).orElseThrow(() -> ProblemException.invalid(
                new FieldError("contentType", "must be one of " + ImageType.allowed())));
        if (request.sizeBytes() > config.maxImageBytes()) {
            throw ProblemException.invalid(new FieldError("sizeBytes", "must be at most " + config.maxImageBytes() + " bytes"));
        }
        return type;
    }

    private ProblemException tooMany() {
        return ProblemException.conflict("too-many-images",
                "A product can have at most " + config.maxImagesPerProduct() + " images, uploads in progress included.");
    }
}
