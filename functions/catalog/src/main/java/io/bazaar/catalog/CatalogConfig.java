package io.bazaar.catalog;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the catalog's images and pages live. */
@ConfigMapping(prefix = "bazaar.catalog")
public interface CatalogConfig {

    /** S3 bucket of product images (infra passes the generated name). */
    @WithDefault("bazaar-product-images")
    String imagesBucket();

    /** Public base URL of the images (a CloudFront distribution); by default the bucket's own S3 URL. */
    Optional<String> imagesBaseUrl();

    /**
     * Public base URL of the shop, for canonical links, sitemaps and social previews; by default this server,
     * http://localhost with the port it listens on.
     */
    Optional<String> publicBaseUrl();
}
