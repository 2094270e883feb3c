package io.bazaar.importer.crawl;

import java.net.URI;
import java.util.List;

/**
 * The pages discovery found, canonical and without duplicates, in the order found, and what it left out and why
 * (disallowed by robots.txt, another host, unreadable sitemaps, limits reached).
 */
public record DiscoveryResult(List<URI> productPages, List<String> problems) {

    public DiscoveryResult {
        productPages = List.copyOf(productPages);
        problems = List.copyOf(problems);
    }
}
