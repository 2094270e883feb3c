package io.bazaar.catalog.image;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.merchant.ContentChanges;
import io.bazaar.catalog.merchant.OwnedProducts;
import io.bazaar.catalog.product.ImageUrls;
import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.SkuRepository;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** A product's attached images: listed in order, reordered, deleted; changes to them are content changes. */
@ApplicationScoped
public class ProductImages {

    private final OwnedProducts owned;
    private final ProductImageRepository images;
    private final SkuRepository skus;
    private final ContentChanges contentChanges;
    private final ImageUrls urls;
    private final Clock clock;

    ProductImages(OwnedProducts owned, ProductImageRepository images, SkuRepository skus, ContentChanges contentChanges,
            ImageUrls urls, Clock clock) {
        this.owned = owned;
        this.images = images;
        this.skus = skus;
        this.contentChanges = contentChanges;
        this.urls = urls;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<ImageView>> list(UUID merchantId, UUID productId) {
        return owned.find(merchantId, productId).chain(product -> images.attachedOf(productId)).map(this::views);
    }

    @WithTransaction
    public Uni<List<ImageView>> reorder(UUID merchantId, UUID productId, ImageOrder order) {
        return owned.lock(merchantId, productId).chain(product -> images.attachedOf(productId).map(attached -> {
            Map<UUID, ProductImage> byId = attached.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            List<UUID> wanted = order.imageIds();
            if (wanted.size() != attached.size() || new HashSet<>(wanted).size() != wanted.size()
                    || !byId.keySet().containsAll(wanted)) {
                throw ProblemException.invalid(new FieldError("imageIds",
                        "must list each of the product's " + attached.size() + " attached images exactly once"));
            }
            boolean changed = false;
            for (int i = 0; i < wanted.size(); i++) {
                ProductImage image = byId.get(wanted.get(i));
                changed |= image.position != i;
                image.position = i;
            }
            if (changed) {
                changed(product);
            }
            return views(wanted.stream().map(byId::get).toList());
        }));
    }

    /** The row goes (the database queues its object for deletion), SKUs showing it show none, the rest close up. */
    @WithTransaction
    public Uni<Void> delete(UUID merchantId, UUID productId, UUID imageId) {
        return owned.lock(merchantId, productId).chain(product -> images.ofProduct(productId, imageId).chain(image -> {
            if (image == null) {
                throw ProblemException.notFound("image-not-found", "This product has no such image.");
            }
            if (image.status == ImageStatus.PENDING) {
                return images.delete(image);
            }
            return images.attachedOf(productId).chain(attached -> {
                List<ProductImage> rest = attached.stream().filter(i -> !i.id.equals(imageId)).toList();
                for (int i = 0; i < rest.size(); i++) {
                    rest.get(i).position = i;
                }
                changed(product);
                return skus.update("imageId = null, version = version + 1 where productId = ?1 and imageId = ?2",
                        productId, imageId).chain(() -> images.delete(image));
            });
        }));
    }

    private void changed(Product product) {
        product.updatedAt = clock.instant();
        contentChanges.sendBackToReview(product);
    }

    private List<ImageView> views(List<ProductImage> found) {
        return found.stream().map(image -> ImageView.of(image, urls.of(image.objectKey))).toList();
    }
}
