package io.bazaar.importer.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt rules per site (scheme, host and port), read with crawler-commons and kept for a while. A missing
 * robots.txt (4xx) allows everything; one that cannot be read (5xx, network) allows nothing for a few minutes, as
 * the major crawlers do, so a struggling shop is not crawled harder.
 */
final class RobotsCache {

    /** The rules of a site and how its robots.txt fetch went, for the reasons given to users. */
    record Rules(BaseRobotRules rules, String readProblem) {

        boolean allowed(URI url) {
            return rules.isAllowed(url.toString());
        }

        /** Crawl-delay in milliseconds, or 0 when robots.txt sets none. */
        long crawlDelayMillis() {
            long delay = rules.getCrawlDelay();
            return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? 0 : delay;
        }

        List<String> sitemaps() {
            return rules.getSitemaps();
        }
    }

    private record Entry(Rules rules, Instant expires) {
    }

    private static final Duration UNREADABLE_TTL = Duration.ofMinutes(5);

    private final SimpleRobotRulesParser parser;
    private final List<String> robotNames;
    private final Duration ttl;
    private final Function<URI, FetchResult> fetch;
    private final Clock clock;
    private final Map<String, Entry> sites = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    RobotsCache(CrawlSettings settings, Function<URI, FetchResult> fetch, Clock clock) {
        this.parser = new SimpleRobotRulesParser(settings.maxCrawlDelay().toMillis(), 5);
        this.robotNames = List.of(settings.robotName());
        this.ttl = settings.robotsTtl();
        this.fetch = fetch;
        this.clock = clock;
    }

    Rules rulesFor(URI url) {
        String site = site(url);
        Entry entry = sites.get(site);
        if (entry != null && entry.expires().isAfter(clock.instant())) {
            return entry.rules();
        }
        synchronized (locks.computeIfAbsent(site, s -> new Object())) {
            entry = sites.get(site);
            if (entry == null || !entry.expires().isAfter(clock.instant())) {
                entry = read(site);
                sites.put(site, entry);
            }
            return entry.rules();
        }
    }

    private Entry read(String site) {
        URI robotsUrl = URI.create(site + "/robots.txt");
        FetchResult result = fetch.apply(robotsUrl);
        Instant now = clock.instant();
        if (result.fetched()) {
            return new Entry(new Rules(parser.parseContent(robotsUrl.toString(), result.body(),
                    result.header("content-type"), robotNames), null), now.plus(ttl));
        }
        if (result.status() >= 400 && result.status() < 500 && result.status() != 429) {
            return new Entry(new Rules(parser.failedFetch(result.status()), null), now.plus(ttl));
        }
        String problem = "robots.txt of " + site + " could not be read (" + result.reason() + ")";
        return new Entry(new Rules(parser.failedFetch(503), problem), now.plus(UNREADABLE_TTL));
    }

    void clear() {
        sites.clear();
    }

    static String site(URI url) {
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + url.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
