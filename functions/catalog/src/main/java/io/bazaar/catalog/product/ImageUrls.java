package io.bazaar.catalog.product;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.CatalogConfig;
import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.image.ImageObjects;

/** Public URLs of stored product images: the configured CDN, or the bucket's URL at the emulator or S3. */
@ApplicationScoped
public class ImageUrls {

    private final String base;

    ImageUrls(CatalogConfig catalog, AwsConfig aws) {
        this.base = ImageObjects.publicBaseUrl(catalog.imagesBaseUrl(), catalog.imagesBucket(), aws);
    }

    /** The URL of an object key such as products/{productId}/{imageId}. */
    public String of(String objectKey) {
        return base + "/" + objectKey;
    }
}
