package io.bazaar.catalog.product;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.CatalogConfig;
import io.bazaar.platform.aws.AwsConfig;

/** Public URLs of stored product images: the configured CDN, or the bucket's URL at the emulator or S3. */
@ApplicationScoped
public class ImageUrls {

    private final String base;

    ImageUrls(CatalogConfig catalog, AwsConfig aws) {
        String bucket = catalog.imagesBucket();
        this.base = catalog.imagesBaseUrl()
                .or(() -> aws.endpointOverride().map(endpoint -> endpoint.toString().replaceAll("/+$", "") + "/" + bucket))
                .orElse("https://" + bucket + ".s3." + aws.region() + ".amazonaws.com")
                .replaceAll("/+$", "");
    }

    /** The URL of an object key such as products/{productId}/{imageId}. */
    public String of(String objectKey) {
        return base + "/" + objectKey;
    }
}
