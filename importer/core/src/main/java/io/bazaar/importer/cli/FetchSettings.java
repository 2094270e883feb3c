package io.bazaar.importer.cli;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.bazaar.importer.crawl.CrawlSettings;

/**
 * The command line's crawler settings, read from system properties so they can be set with
 * {@code JAVA_OPTS=-Dbazaar.importer...}: {@code timeout-ms}, {@code max-bytes}, {@code max-redirects},
 * {@code user-agent}, {@code allow-hosts} (host or host:port, comma-separated).
 */
final class FetchSettings {

    private FetchSettings() {
    }

    static CrawlSettings fromSystemProperties() {
        CrawlSettings defaults = CrawlSettings.defaults();
        return defaults
                .withTimeout(Duration.ofMillis(Long.getLong("bazaar.importer.timeout-ms", defaults.timeout().toMillis())))
                .withMaxPageBytes(Integer.getInteger("bazaar.importer.max-bytes", defaults.maxPageBytes()))
                .withMaxRedirects(Integer.getInteger("bazaar.importer.max-redirects", defaults.maxRedirects()))
                .withUserAgent(System.getProperty("bazaar.importer.user-agent", defaults.userAgent()))
                .withAllowHosts(Arrays.stream(System.getProperty("bazaar.importer.allow-hosts", "").split(","))
                        .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).collect(Collectors.toSet()));
    }
}
