package io.bazaar.importer.crawl;

import static io.bazaar.importer.crawl.CrawlerTest.gzip;
import static io.bazaar.importer.crawl.CrawlerTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finding a shop's product pages through its sitemaps or by walking its listings, over real HTTP. */
class DiscoveryTest {

    private final LocalSite site = new LocalSite();
    private final Crawler crawler = new Crawler(CrawlSettings.defaults().withAllowHosts(Set.of("127.0.0.1"))
            .withHostDelay(Duration.ZERO));
    private final DiscoveryLimits limits = new DiscoveryLimits(100, 20);

    @AfterEach
    void close() {
        crawler.close();
        site.close();
    }

    @Test
    void theSitemapIndexNamedByRobotsTxtLeadsToEveryProductPageOnce() {
        site.html("/robots.txt", "User-agent: *\nDisallow: /private/\nSitemap: " + site.base() + "/sitemap_index.xml\n");
        site.mount("/sitemap_index.xml", xml("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + site.base() + "/sitemap-1.xml.gz</loc></sitemap>"
                + "<sitemap><loc>" + site.base() + "/sitemap-2.xml</loc></sitemap></sitemapindex>"));
        site.mount("/sitemap-1.xml.gz", exchange -> LocalSite.send(exchange, 200, "application/gzip",
                gzip(urlset(site.base() + "/p/1", site.base() + "/p/2", site.base() + "/p/3?utm_source=mail")
                        .getBytes(StandardCharsets.UTF_8))));
        site.mount("/sitemap-2.xml", xml(urlset(site.base() + "/p/3", site.base() + "/P/4".toLowerCase() + "#reviews",
                site.base() + "/private/p/5", "http://10.0.0.1/p/6", site.base() + "/p/7")));

        DiscoveryResult found = new Discovery(crawler).discover(site.url("/"), limits);

        assertEquals(List.of(site.url("/p/1"), site.url("/p/2"), site.url("/p/3"), site.url("/p/4"), site.url("/p/7")),
                found.productPages());
        assertTrue(found.problems().stream().anyMatch(p -> p.contains("robots.txt") && p.contains("/private/p/5")), found.problems().toString());
        assertTrue(found.problems().stream().anyMatch(p -> p.contains("other hosts")), found.problems().toString());
        assertEquals(0, site.requests("/private/p/5").size());
    }

    @Test
    void aSitemapGivenDirectlyIsReadEvenAsPlainText() {
        site.mount("/products.txt", exchange -> LocalSite.send(exchange, 200, "text/plain",
                (site.base() + "/p/1\n" + site.base() + "/p/2\n").getBytes(StandardCharsets.UTF_8)));
        DiscoveryResult found = new Discovery(crawler).fromSitemap(site.url("/products.txt"), limits);
        assertEquals(List.of(site.url("/p/1"), site.url("/p/2")), found.productPages());
        DiscoveryResult missing = new Discovery(crawler).fromSitemap(site.url("/nothing.xml"), limits);
        assertEquals(List.of(), missing.productPages());
        assertTrue(missing.problems().get(0).contains("HTTP 404"), missing.problems().toString());
    }

    @Test
    void withoutASitemapTheListingAndItsPaginationAreWalked() {
        site.html("/", listing(IntStream.rangeClosed(1, 4), "<a href=\"/?page=2\">Next</a><a href=\"/about\">About us</a>"
                + "<a href=\"http://10.1.2.3/p/9\">Partner</a><a href=\"/img/logo.png\">logo</a>"));
        site.html("/?page=2", listing(IntStream.rangeClosed(5, 6), "<a rel=\"next\" href=\"/?page=3\">3</a>"));
        site.html("/?page=3", listing(IntStream.rangeClosed(7, 7), ""));
        for (int i = 1; i <= 7; i++) {
            site.html("/p/" + i, page("Product " + i));
        }
        site.html("/about", "<html><body><h2>About us</h2><p>A shop.</p></body></html>");

        DiscoveryResult found = new Discovery(crawler).discover(site.url("/"), limits);

        assertEquals(IntStream.rangeClosed(1, 7).mapToObj(i -> site.url("/p/" + i)).toList(), found.productPages());
        assertEquals(0, site.requests("/img/logo.png").size());
        assertEquals(1, site.requests("/about").size(), "a page without a product is not followed further");
    }

    @Test
    void discoveryStopsAtTheLimitsAndSaysSo() {
        site.html("/", listing(IntStream.rangeClosed(1, 6), ""));
        for (int i = 1; i <= 6; i++) {
            site.html("/p/" + i, page("Product " + i));
        }
        DiscoveryResult found = new Discovery(crawler).discover(site.url("/"), new DiscoveryLimits(3, 20));
        assertEquals(3, found.productPages().size());

        site.html("/c/shoes", listing(IntStream.rangeClosed(1, 1), "<a href=\"/c/shoes?page=2\">2</a>"));
        site.html("/c/shoes?page=2", listing(IntStream.rangeClosed(2, 2), "<a href=\"/c/shoes?page=3\">3</a>"));
        site.html("/c/shoes?page=3", listing(IntStream.rangeClosed(3, 3), ""));
        DiscoveryResult shoes = new Discovery(crawler).discover(site.url("/c/shoes"), new DiscoveryLimits(100, 2));
        assertEquals(List.of(site.url("/p/1"), site.url("/p/2")), shoes.productPages());
        assertTrue(shoes.problems().stream().anyMatch(p -> p.contains("listing pages")), shoes.problems().toString());
    }

    private static String urlset(String... urls) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + List.of(urls).stream().map(u -> "<url><loc>" + u.replace("&", "&amp;") + "</loc></url>").collect(Collectors.joining())
                + "</urlset>";
    }

    private static LocalSite.Page xml(String body) {
        return exchange -> LocalSite.send(exchange, 200, "application/xml", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String listing(IntStream products, String more) {
        return "<html><head><title>Listing</title></head><body><ul>"
                + products.mapToObj(i -> "<li><a href=\"/p/" + i + "\">Product " + i + "</a></li>").collect(Collectors.joining())
                + "</ul>" + more + "</body></html>";
    }

}
