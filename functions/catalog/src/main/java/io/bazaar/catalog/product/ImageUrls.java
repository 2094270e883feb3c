package io.bazaar.catalog.product;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.contract.ProductImageUrls;

/**
 * Public URLs of stored product images, by the rule the catalog contract holds for every area ({@link ProductImageUrls}):
 * the configured CDN, or the bucket's URL at the emulator or S3.
 */
@ApplicationScoped
public class ImageUrls {

    private final ProductImageUrls urls;

    ImageUrls(ProductImageUrls urls) {
        this.urls = urls;
    }

    /** The URL of an object key such as products/{productId}/{imageId}. */
    public String of(String objectKey) {
        return urls.of(objectKey);
    }
}
