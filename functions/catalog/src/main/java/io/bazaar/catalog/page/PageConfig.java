package io.bazaar.catalog.page;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Knobs of the server-rendered product pages and the sitemaps; the shop's base URL is in CatalogConfig. */
@ConfigMapping(prefix = "bazaar.catalog")
public interface PageConfig {

    /** The shop's name in page titles and social previews (og:site_name). */
    @WithDefault("Bazaar")
    String siteName();

    /** Product URLs per sitemap part; sitemaps.org allows at most 50,000. */
    @WithDefault("50000")
    @Min(1)
    @Max(50_000)
    int sitemapPartSize();

    /** Products read from the database per query while writing a sitemap part. */
    @WithDefault("1000")
    @Min(1)
    @Max(10_000)
    int sitemapBatchSize();
}
