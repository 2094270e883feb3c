package io.bazaar.catalog.contract;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.image.ImageObjects;

/**
 * Public URLs of stored product images, the one rule for every area that shows them: the configured CDN
 * ({@code bazaar.catalog.images-base-url}), or the images bucket's URL at the emulator or in S3.
 */
@ApplicationScoped
public class ProductImageUrls {

    private final String base;

    ProductImageUrls(@ConfigProperty(name = "bazaar.catalog.images-bucket", defaultValue = "bazaar-product-images") String bucket,
            @ConfigProperty(name = "bazaar.catalog.images-base-url") Optional<String> baseUrl, AwsConfig aws) {
        this.base = ImageObjects.publicBaseUrl(baseUrl, bucket, aws);
    }

    /** The URL of an object key such as products/{productId}/{imageId}. */
    public String of(String objectKey) {
        return base + "/" + objectKey;
    }
}
