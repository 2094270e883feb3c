package io.bazaar.catalog.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.CatalogConfig;
import io.bazaar.platform.web.LocalServerUrl;

/** The one way a product page's address is written, so pages, redirects and sitemaps always agree. */
@ApplicationScoped
public class CanonicalUrls {

    private final CatalogConfig catalog;

    CanonicalUrls(CatalogConfig catalog) {
        this.catalog = catalog;
    }

    /** The page's path, e.g. /p/{id}/classic-tee; slugs in other scripts are percent-encoded. */
    public String path(UUID productId, String slug) {
        return "/p/" + productId + "/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    /** The absolute canonical URL under the shop's public base URL. */
    public String of(UUID productId, String slug) {
        return base() + path(productId, slug);
    }

    /** An absolute URL of any other public path, such as /sitemap.xml. */
    public String site(String path) {
        return base() + path;
    }

    private String base() {
        return catalog.publicBaseUrl().orElseGet(LocalServerUrl::current).replaceAll("/+$", "");
    }
}
