package io.bazaar.catalog.image;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.importer.crawl.Crawler;
import io.bazaar.importer.crawl.FetchResult;
import io.bazaar.platform.crypto.Sha256;
import io.bazaar.platform.image.ImageType;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Copies images of another shop's page into our bucket for an imported product. An object is named by the
 * merchant and the SHA-256 of its bytes ({@code imports/{merchantId}/{sha256}}), so an image shared by many
 * products, or seen again by a re-import, is stored once.
 */
@ApplicationScoped
public class ImageCopies {

    /** An image stored in the bucket, ready to be attached. */
    public record Copy(String objectKey, ImageType type, int sizeBytes, Integer width, Integer height) {
    }

    /** What copying a page's images gave: the copies in page order and why others were left out. */
    public record Copies(List<Copy> copies, List<String> problems) {
    }

    private final ImageStore store;
    private final ImageDeletionRepository deletions;
    private final ProductImageRepository images;
    private final Clock clock;

    ImageCopies(ImageStore store, ImageDeletionRepository deletions, ProductImageRepository images, Clock clock) {
        this.store = store;
        this.deletions = deletions;
        this.images = images;
        this.clock = clock;
    }

    /** Downloads (through the crawler's guard and manners) and stores up to {@code max} images. Blocking. */
    public Copies copy(UUID merchantId, List<String> urls, int max, Crawler crawler) {
        List<Copy> copies = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String url : urls) {
            if (copies.size() == max) {
                problems.add((urls.size() - urls.indexOf(url)) + " more images left out: at most " + max + " are copied");
                break;
            }
            copyOne(merchantId, url, crawler, problems).filter(c -> copies.stream()
                    .noneMatch(other -> other.objectKey().equals(c.objectKey()))).ifPresent(copies::add);
        }
        return new Copies(copies, problems);
    }

    private Optional<Copy> copyOne(UUID merchantId, String url, Crawler crawler, List<String> problems) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            problems.add("image " + url + ": not a URL");
            return Optional.empty();
        }
        FetchResult fetched = crawler.fetchResource(uri);
        if (!fetched.fetched()) {
            problems.add("image " + url + ": " + fetched.reason());
            return Optional.empty();
        }
        byte[] bytes = fetched.body();
        Optional<ImageType> type = ImageType.sniff(bytes);
        if (type.isEmpty()) {
            problems.add("image " + url + ": not a JPEG, PNG, WEBP or GIF image");
            return Optional.empty();
        }
        String key = "imports/" + merchantId + "/" + Sha256.hex(bytes);
        store.putIfAbsent(key, bytes, type.get().contentType()).await().indefinitely();
        var size = ImageDimensions.of(type.get(), bytes);
        return Optional.of(new Copy(key, type.get(), bytes.length, size.map(ImageDimensions.Size::width).orElse(null),
                size.map(ImageDimensions.Size::height).orElse(null)));
    }

    /**
     * Makes the copies the product's images, in order, replacing the ones it had. Objects still shown are taken off
     * the deletion queue the dropped rows may have put them on.
     */
    @WithTransaction
    public Uni<Void> attach(UUID merchantId, UUID productId, List<Copy> copies) {
        return images.delete("productId", productId).chain(() -> deletions.remove(copies.stream().map(Copy::objectKey).toList()))
                .chain(() -> {
                    List<ProductImage> rows = new ArrayList<>();
                    for (Copy copy : copies) {
                        ProductImage image = new ProductImage();
                        image.id = UUID.randomUUID();
                        image.productId = productId;
                        image.merchantId = merchantId;
                        image.objectKey = copy.objectKey();
                        image.contentType = copy.type().contentType();
                        image.sizeBytes = copy.sizeBytes();
                        image.width = copy.width();
                        image.height = copy.height();
                        image.position = rows.size();
                        image.status = ImageStatus.ATTACHED;
                        image.createdAt = clock.instant();
                        rows.add(image);
                    }
                    return rows.isEmpty() ? Uni.createFrom().voidItem() : images.persist(rows);
                });
    }
}
