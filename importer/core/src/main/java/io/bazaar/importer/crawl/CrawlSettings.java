package io.bazaar.importer.crawl;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The crawler's manners and limits. Start from {@link #defaults()} and change what a deployment needs.
 *
 * @param userAgent       the honest User-Agent; its product token (before the "/") is the name robots.txt rules match
 * @param timeout         connect and response timeout of one request
 * @param maxPageBytes    largest page or robots.txt read (after decompression)
 * @param maxImageBytes   largest image read
 * @param maxSitemapBytes largest sitemap read (the sitemap protocol allows 50 MB)
 * @param maxRedirects    redirects followed per fetch
 * @param hostDelay       pause between two requests to one host; a longer robots.txt Crawl-delay wins
 * @param maxCrawlDelay   longest Crawl-delay honoured; robots.txt asking more disallows the host
 * @param allowHosts      host names or host:port pairs fetched although they resolve to non-public addresses
 * @param politeness      off only for benchmarks against one's own site: no pauses and no one-at-a-time per host
 *                        (robots.txt, Retry-After and the address guard stay)
 * @param maxRetries      retries after 429, 5xx or a network error
 * @param retryBackoff    wait before the first retry, doubled for each further one, when no Retry-After is given
 * @param maxRetryWait    longest Retry-After honoured; a server asking for more fails the fetch
 * @param robotsTtl       how long a host's robots.txt is kept
 */
public record CrawlSettings(String userAgent, Duration timeout, int maxPageBytes, int maxImageBytes, int maxSitemapBytes,
                            int maxRedirects, Duration hostDelay, Duration maxCrawlDelay, Set<String> allowHosts,
                            boolean politeness, int maxRetries, Duration retryBackoff, Duration maxRetryWait,
                            Duration robotsTtl) {

    public static final String DEFAULT_USER_AGENT = "BazaarImporter/0.1 (+https://bazaar.dev/bot)";

    public CrawlSettings {
        allowHosts = Set.copyOf(allowHosts);
    }

    public static CrawlSettings defaults() {
        return new CrawlSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(10), 5 * 1024 * 1024, 10 * 1024 * 1024,
                50 * 1024 * 1024, 5, Duration.ofSeconds(1), Duration.ofSeconds(30), Set.of(), true, 3,
                Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofHours(24));
    }

    /** The robots.txt name of this crawler: the User-Agent's product token, lower case. */
    public String robotName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    public CrawlSettings withUserAgent(String value) {
        return new CrawlSettings(value, timeout, maxPageBytes, maxImageBytes, maxSitemapBytes, maxRedirects, hostDelay,
                maxCrawlDelay, allowHosts, politeness, maxRetries, retryBackoff, maxRetryWait, robotsTtl);
    }

    public CrawlSettings withTimeout(Duration value) {
        return new CrawlSettings(userAgent, value, maxPageBytes, maxImageBytes, maxSitemapBytes, maxRedirects, hostDelay,
                maxCrawlDelay, allowHosts, politeness, maxRetries, retryBackoff, maxRetryWait, robotsTtl);
    }

    public CrawlSettings withMaxPageBytes(int value) {
        return new CrawlSettings(userAgent, timeout, value, maxImageBytes, maxSitemapBytes, maxRedirects, hostDelay,
                maxCrawlDelay, allowHosts, politeness, maxRetries, retryBackoff, maxRetryWait, robotsTtl);
    }

    public CrawlSettings withMaxImageBytes(int value) {
        return new CrawlSettings(userAgent, timeout, maxPageBytes, value, maxSitemapBytes, maxRedirects, hostDelay,
                maxCrawlDelay, allowHosts, politeness, maxRetries, retryBackoff, maxRetryWait, robotsTtl);
    }

    public CrawlSettings withMaxRedirects(int value) {
        return new CrawlSettings(userAgent, timeout, maxPageBytes, maxImageBytes, maxSitemapBytes, value, hostDelay,
                maxCrawlDelay, allowHosts, politeness, maxRetries, retryBackoff, maxRetryWait, robotsTtl);
    }

    public CrawlSettings withHostDelay(Duration value) {
        return new CrawlSettings(userAgent, timeout, maxPageBytes, maxImageBytes, maxSitemapBytes, maxRedirects, value,
                maxCrawlDelay, allowHosts, politeness, maxRetries, retryBackoff, maxRetryWait, robotsTtl);
    }

    public CrawlSettings withAllowHosts(Set<String> value) {
        return new CrawlSettings(userAgent, timeout, maxPageBytes, maxImageBytes, maxSitemapBytes, maxRedirects, hostDelay,
                maxCrawlDelay, value, politeness, maxRetries, retryBackoff, maxRetryWait, robotsTtl);
    }

    public CrawlSettings withPoliteness(boolean value) {
        return new CrawlSettings(userAgent, timeout, maxPageBytes, maxImageBytes, maxSitemapBytes, maxRedirects, hostDelay,
                maxCrawlDelay, allowHosts, value, maxRetries, retryBackoff, maxRetryWait, robotsTtl);
    }

    public CrawlSettings withRetries(int retries, Duration backoff, Duration maxWait) {
        return new CrawlSettings(userAgent, timeout, maxPageBytes, maxImageBytes, maxSitemapBytes, maxRedirects, hostDelay,
                maxCrawlDelay, allowHosts, politeness, retries, backoff, maxWait, robotsTtl);
    }
}
