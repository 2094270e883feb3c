package io.bazaar.importer.cli;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Knobs of the command line's fetcher, read from system properties so they can be set with
 * {@code JAVA_OPTS=-Dbazaar.importer...}.
 *
 * @param timeout      connect and response timeout ({@code bazaar.importer.timeout-ms}, default 10000)
 * @param maxBytes     largest page accepted ({@code bazaar.importer.max-bytes}, default 5 MB)
 * @param maxRedirects redirects followed ({@code bazaar.importer.max-redirects}, default 5)
 * @param userAgent    the honest User-Agent ({@code bazaar.importer.user-agent})
 * @param allowHosts   host names fetched even when they resolve to private addresses
 *                     ({@code bazaar.importer.allow-hosts=host1,host2}, default none)
 */
record FetchSettings(Duration timeout, int maxBytes, int maxRedirects, String userAgent, Set<String> allowHosts) {

    static final String DEFAULT_USER_AGENT = "BazaarImporter/0.1 (+https://bazaar.dev/bot)";

    static FetchSettings fromSystemProperties() {
        return new FetchSettings(
                Duration.ofMillis(Long.getLong("bazaar.importer.timeout-ms", 10_000)),
                Integer.getInteger("bazaar.importer.max-bytes", 5 * 1024 * 1024),
                Integer.getInteger("bazaar.importer.max-redirects", 5),
                System.getProperty("bazaar.importer.user-agent", DEFAULT_USER_AGENT),
                Arrays.stream(System.getProperty("bazaar.importer.allow-hosts", "").split(","))
                        .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).collect(Collectors.toSet()));
    }
}
