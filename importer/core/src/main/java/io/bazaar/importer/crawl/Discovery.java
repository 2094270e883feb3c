package io.bazaar.importer.crawl;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import io.bazaar.importer.extract.PageCharset;
import io.bazaar.importer.extract.ProductExtractor;

/**
 * Finds a shop's product pages. From a sitemap (urlset, index, gzip or text, read with crawler-commons); from the
 * shop's root through the sitemaps its robots.txt names (or /sitemap.xml); otherwise by walking from the start page:
 * pages with a product are product pages, the start page and its pagination are listings whose links are followed.
 * Every URL is canonical, on the start's host, allowed by robots.txt and listed once; what is left out is said.
 */
public final class Discovery {

    private static final int MAX_SITEMAPS = 200;
    private static final Pattern ASSET = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|svg|ico|css|js|pdf|zip|mp4|mp3|woff2?)$");
    private static final Pattern NEXT_TEXT = Pattern.compile("(?i)^(next( page)?|›|»|>|→|下一页|下页|次へ|次のページ|다음|weiter|suivant|siguiente)$");
    private static final Pattern PAGE_PARAMETER = Pattern.compile("(?i)(^|&)(page|p|pg|pagenum|paged)=\\d+|/page/\\d+/?$");

    private final Crawler crawler;

    public Discovery(Crawler crawler) {
        this.crawler = crawler;
    }

    /** Product pages of a shop from a start URL: the sitemaps when it is the shop's root, else a walk from it. */
    public DiscoveryResult discover(URI start, DiscoveryLimits limits) {
        Found found = new Found(start, limits);
        boolean root = start.getRawPath() == null || start.getRawPath().isEmpty() || start.getRawPath().equals("/");
        if (root) {
            List<String> sitemaps = crawler.sitemapsOf(start);
            if (sitemaps.isEmpty()) {
                readSitemap(URI.create(RobotsCache.site(start) + "/sitemap.xml"), found, true);
            } else {
                for (String sitemap : sitemaps) {
                    readSitemap(URI.create(sitemap), found, false);
                }
            }
            if (!found.pages.isEmpty()) {
                return found.result();
            }
        }
        walk(start, found);
        return found.result();
    }

    /** Product pages listed by one sitemap (an index is followed to its sitemaps). */
    public DiscoveryResult fromSitemap(URI sitemap, DiscoveryLimits limits) {
        Found found = new Found(sitemap, limits);
        readSitemap(sitemap, found, false);
        if (found.pages.isEmpty() && found.problems.isEmpty()) {
            found.problems.add("the sitemap " + sitemap + " lists no pages");
        }
        return found.result();
    }

    private void readSitemap(URI first, Found found, boolean guessed) {
        SiteMapParser parser = new SiteMapParser(false);
        Deque<URI> queue = new ArrayDeque<>(List.of(first));
        Set<URI> read = new LinkedHashSet<>();
        while (!queue.isEmpty() && !found.full()) {
            URI url = queue.poll();
            if (!read.add(url)) {
                continue;
            }
            if (read.size() > MAX_SITEMAPS) {
                found.problems.add("stopped after " + MAX_SITEMAPS + " sitemaps");
                return;
            }
            FetchResult fetched = crawler.fetchSitemap(url);
            if (!fetched.fetched()) {
                if (!(guessed && fetched.status() == 404)) {
                    found.problems.add("sitemap " + url + " not read: " + fetched.reason());
                }
                continue;
            }
            AbstractSiteMap sitemap;
            try {
                sitemap = parser.parseSiteMap(contentType(fetched), fetched.body(), url.toURL());
            } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
                found.problems.add("sitemap " + url + " not understood: " + e.getMessage());
                continue;
            }
            if (sitemap instanceof SiteMapIndex index) {
                index.getSitemaps().forEach(child -> toUri(child.getUrl()).ifPresent(queue::add));
            } else if (sitemap instanceof SiteMap urls) {
                for (SiteMapURL entry : urls.getSiteMapUrls()) {
                    toUri(entry.getUrl()).ifPresent(found::add);
                }
            }
        }
    }

    /** crawler-commons picks the format by content type; a body we already un-gzipped is plain XML again. */
    private static String contentType(FetchResult fetched) {
        byte[] body = fetched.body();
        if (body.length > 1 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) {
            return "application/gzip";
        }
        String declared = fetched.header("content-type");
        if (declared == null || declared.toLowerCase(Locale.ROOT).contains("gzip") || declared.toLowerCase(Locale.ROOT).contains("octet")) {
            return new String(body, 0, Math.min(body.length, 100)).stripLeading().startsWith("<") ? "application/xml" : "text/plain";
        }
        return declared;
    }

    private void walk(URI start, Found found) {
        Deque<URI> listings = new ArrayDeque<>(List.of(CanonicalUrl.of(start)));
        Set<URI> seen = new LinkedHashSet<>(listings);
        int fetchedListings = 0;
        while (!listings.isEmpty() && !found.full()) {
            if (fetchedListings >= found.limits.maxListingPages()) {
                found.problems.add("stopped after " + fetchedListings + " listing pages, the limit");
                return;
            }
            URI listing = listings.poll();
            FetchResult page = crawler.fetchPage(listing, Validators.NONE);
            fetchedListings++;
            if (!page.fetched()) {
                found.problems.add("listing page " + listing + " not read: " + page.reason());
                continue;
            }
            if (ProductExtractor.extract(page.body(), page.finalUrl(), page.headers()).isPresent()) {
                found.add(CanonicalUrl.ofPage(page));
                continue;
            }
            Document document = Jsoup.parse(PageCharset.decode(page.body(), page.body().length, page.headers()),
                    page.finalUrl().toString());
            for (Element link : document.select("a[href], link[rel~=(?i)next][href]")) {
                URI target = linkTarget(link, found.host).orElse(null);
                if (target == null || !seen.add(target)) {
                    continue;
                }
                if (isPagination(link, listing, target)) {
                    listings.add(target);
                } else if (!found.full()) {
                    fetchedListings += classify(target, found);
                }
            }
        }
    }

    /** Fetches a linked page: a product page is found, anything else is not followed further; returns 1 for a non-product fetch. */
    private int classify(URI target, Found found) {
        if (!crawler.allowedByRobots(target)) {
            found.disallowed(target);
            return 0;
        }
        FetchResult page = crawler.fetchPage(target, Validators.NONE);
        if (page.fetched() && ProductExtractor.extract(page.body(), page.finalUrl(), page.headers()).isPresent()) {
            found.add(CanonicalUrl.ofPage(page));
            return 0;
        }
        return 1;
    }

    private static Optional<URI> linkTarget(Element link, String host) {
        String href = link.absUrl("href");
        if (href.isEmpty() || ASSET.matcher(href.split("[?#]", 2)[0]).matches()) {
            return Optional.empty();
        }
        try {
            URI target = CanonicalUrl.of(new URI(href));
            boolean web = target.getScheme() != null && target.getScheme().matches("https?");
            return web && host.equalsIgnoreCase(target.getHost()) ? Optional.of(target) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isPagination(Element link, URI listing, URI target) {
        if (link.attr("rel").toLowerCase(Locale.ROOT).contains("next")
                || link.attr("aria-label").toLowerCase(Locale.ROOT).contains("next")
                || NEXT_TEXT.matcher(link.text().strip()).matches()) {
            return true;
        }
        String query = target.getRawQuery() == null ? "" : target.getRawQuery();
        boolean samePath = target.getRawPath().equals(listing.getRawPath());
        return (samePath && PAGE_PARAMETER.matcher(query).find()) || PAGE_PARAMETER.matcher(target.getRawPath()).find();
    }

    private static Optional<URI> toUri(URL url) {
        try {
            return Optional.of(url.toURI());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Pages found so far, with the job's limits and the problems to report. */
    private final class Found {
        final String host;
        final DiscoveryLimits limits;
        final Set<URI> pages = new LinkedHashSet<>();
        final List<String> problems = new ArrayList<>();
        final List<URI> disallowed = new ArrayList<>();
        int otherHosts;

        Found(URI start, DiscoveryLimits limits) {
            this.host = start.getHost() == null ? "" : start.getHost();
            this.limits = limits;
        }

        boolean full() {
            return pages.size() >= limits.maxProducts();
        }

        void add(URI url) {
            URI canonical = CanonicalUrl.of(url);
            if (full() || pages.contains(canonical)) {
                return;
            }
            if (!host.equalsIgnoreCase(canonical.getHost())) {
                otherHosts++;
            } else if (!crawler.allowedByRobots(canonical)) {
                disallowed(canonical);
            } else {
                pages.add(canonical);
            }
        }

        void disallowed(URI url) {
            disallowed.add(url);
        }

        DiscoveryResult result() {
            List<String> all = new ArrayList<>(problems);
            if (!disallowed.isEmpty()) {
                all.add(disallowed.size() + " page(s) left out because robots.txt disallows them, such as " + disallowed.get(0));
            }
            if (otherHosts > 0) {
                all.add(otherHosts + " page(s) on other hosts than " + host + " left out");
            }
            return new DiscoveryResult(List.copyOf(pages), all);
        }
    }

}
