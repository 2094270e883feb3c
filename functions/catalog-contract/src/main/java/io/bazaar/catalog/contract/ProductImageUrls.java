package io.bazaar.catalog.contract;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public URLs of stored product images, the one rule for every area that shows them: the configured CDN
 * ({@code bazaar.catalog.images-base-url}), or the images bucket's URL at the emulator or in S3.
 */
@ApplicationScoped
public class ProductImageUrls {

    private final String base;

    ProductImageUrls(@ConfigProperty(name = "bazaar.catalog.images-bucket", defaultValue = "bazaar-product-images") String bucket,
            @ConfigProperty(name = "bazaar.catalog.images-base-url") Optional<String> baseUrl,
            @ConfigProperty(name = "bazaar.aws.endpoint-override") Optional<URI> endpoint,
            @ConfigProperty(name = "bazaar.aws.region", defaultValue = "us-east-1") String region) {
        this.base = baseUrl
                .or(() -> endpoint.map(e -> e.toString().replaceAll("/+$", "") + "/" + bucket))
                .orElse("https://" + bucket + ".s3." + region + ".amazonaws.com")
                .replaceAll("/+$", "");
    }

    /** The URL of an object key such as products/{productId}/{imageId}. */
    public String of(String objectKey) {
        return base + "/" + objectKey;
    }
}
