package io.bazaar.importer.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.bazaar.importer.extract.Availability;
import io.bazaar.importer.extract.Listing;
import io.bazaar.importer.extract.ProductExtractor;

/** The crawler against a real HTTP site on 127.0.0.1, reached through the allow-list (the guard stays on). */
class CrawlerTest {

    private final LocalSite site = new LocalSite();
    private final CrawlSettings settings = CrawlSettings.defaults().withAllowHosts(Set.of("127.0.0.1"))
            .withHostDelay(Duration.ZERO).withRetries(2, Duration.ofMillis(20), Duration.ofSeconds(5));

    @AfterEach
    void close() {
        site.close();
    }

    @ParameterizedTest
    @CsvSource({"jsonld-plain.html,json-ld", "jsonld-graph.html,json-ld", "jsonld-product-group.html,json-ld",
            "microdata.html,microdata", "rdfa.html,rdfa", "opengraph.html,opengraph", "visible-page.html,page",
            "malformed.html,microdata", "no-product.html,"})
    void pagesOfEveryKindAreFetchedAndExtracted(String fixture, String source) {
        site.mount("/p/" + fixture, exchange -> LocalSite.send(exchange, 200, "text/html", fixture(fixture)));
        try (Crawler crawler = new Crawler(settings)) {
            FetchResult page = crawler.fetchPage(site.url("/p/" + fixture), Validators.NONE);
            assertEquals(FetchOutcome.FETCHED, page.outcome(), page.reason());
            assertArrayEquals(fixture(fixture), page.body());
            var listing = ProductExtractor.extract(page.body(), page.finalUrl(), page.headers());
            assertEquals(source == null ? "none" : source, listing.map(Listing::source).orElse("none"));
        }
        assertEquals("BazaarImporter/0.1 (+https://bazaar.dev/bot)", site.requests("/p/" + fixture).get(0).header("User-Agent"));
    }

    @Test
    void aGbkPageWithoutHeaderCharsetAndAnOutOfStockProductAreReadAsTheShopMeantThem() {
        String html = "<html><head><meta charset=\"gbk\"><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Product\",\"name\":\"无线蓝牙耳机\",\"offers\":{\"@type\":\"Offer\",\"price\":\"199.00\","
                + "\"priceCurrency\":\"CNY\",\"availability\":\"https://schema.org/OutOfStock\"}}</script></head>"
                + "<body><h1>无线蓝牙耳机</h1></body></html>";
        site.mount("/gbk", exchange -> LocalSite.send(exchange, 200, "text/html", html.getBytes(Charset.forName("GBK"))));
        try (Crawler crawler = new Crawler(settings)) {
            FetchResult page = crawler.fetchPage(site.url("/gbk"), Validators.NONE);
            Listing listing = ProductExtractor.extract(page.body(), page.finalUrl(), page.headers()).orElseThrow();
            assertEquals("无线蓝牙耳机", listing.name());
            assertEquals("CNY", listing.currency());
            assertEquals(Availability.OutOfStock, listing.availability());
        }
    }

    @Test
    void robotsTxtDisallowIsObeyedWithoutAskingForThePage() {
        site.html("/robots.txt", "User-agent: *\nDisallow: /private/\n\nUser-agent: BazaarImporter\nDisallow: /nobots/\n");
        site.html("/private/p/1", page("Secret"));
        site.html("/nobots/p/1", page("Not for us"));
        site.html("/p/1", page("Public"));
        try (Crawler crawler = new Crawler(settings)) {
            FetchResult secret = crawler.fetchPage(site.url("/private/p/1"), Validators.NONE);
            assertEquals(FetchOutcome.FETCHED, secret.outcome(), "a group naming our bot replaces the * group");
            FetchResult notForUs = crawler.fetchPage(site.url("/nobots/p/1"), Validators.NONE);
            assertEquals(FetchOutcome.DISALLOWED, notForUs.outcome());
            assertTrue(notForUs.reason().contains("robots.txt"), notForUs.reason());
            assertEquals(FetchOutcome.FETCHED, crawler.fetchPage(site.url("/p/1"), Validators.NONE).outcome());
        }
        assertEquals(0, site.requests("/nobots/p/1").size());
        assertEquals(1, site.requests("/robots.txt").size(), "robots.txt is read once and kept");
    }

    @Test
    void aRobotsTxtThatCannotBeReadStopsTheCrawlButAMissingOneAllowsIt() {
        site.mount("/robots.txt", exchange -> LocalSite.send(exchange, 503, "text/plain", new byte[0]));
        site.html("/p/1", page("One"));
        try (Crawler crawler = new Crawler(settings)) {
            FetchResult page = crawler.fetchPage(site.url("/p/1"), Validators.NONE);
            assertEquals(FetchOutcome.DISALLOWED, page.outcome());
            assertTrue(page.reason().contains("robots.txt of " + site.base() + " could not be read"), page.reason());
        }
        assertEquals(0, site.requests("/p/1").size());
        site.mount("/robots.txt", exchange -> LocalSite.send(exchange, 404, "text/plain", new byte[0]));
        try (Crawler crawler = new Crawler(settings)) {
            assertEquals(FetchOutcome.FETCHED, crawler.fetchPage(site.url("/p/1"), Validators.NONE).outcome());
        }
    }

    @Test
    void crawlDelayOfRobotsTxtSpacesTheRequestsToAHost() {
        site.html("/robots.txt", "User-agent: *\nCrawl-delay: 1\n");
        for (int i = 0; i < 3; i++) {
            site.html("/p/" + i, page("P" + i));
        }
        try (Crawler crawler = new Crawler(settings)) {
            for (int i = 0; i < 3; i++) {
                assertTrue(crawler.fetchPage(site.url("/p/" + i), Validators.NONE).fetched());
            }
        }
        List<LocalSite.Request> pages = site.requests().stream().filter(r -> r.path().startsWith("/p/")).toList();
        for (int i = 1; i < pages.size(); i++) {
            long gap = pages.get(i).nanoTime() - pages.get(i - 1).nanoTime();
            assertTrue(gap >= TimeUnit.MILLISECONDS.toNanos(950), "requests " + gap / 1_000_000 + " ms apart");
        }
    }

    @Test
    void manyThreadsStillAskOneHostOneThingAtATime() throws Exception {
        // counted while a request is being worked on, not while its bytes are on the way: the client may already have
        // the whole answer (and ask the next thing) before the server's thread has finished closing the exchange
        AtomicInteger working = new AtomicInteger();
        AtomicInteger mostWorking = new AtomicInteger();
        for (int i = 0; i < 6; i++) {
            site.mount("/slow/" + i, exchange -> {
                mostWorking.accumulateAndGet(working.incrementAndGet(), Math::max);
                sleep(60);
                working.decrementAndGet();
                LocalSite.send(exchange, 200, "text/html", page("Slow").getBytes(StandardCharsets.UTF_8));
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (Crawler crawler = new Crawler(settings)) {
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                URI url = site.url("/slow/" + i);
                results.add(threads.submit(() -> crawler.fetchPage(url, Validators.NONE)));
            }
            for (Future<FetchResult> result : results) {
                assertTrue(result.get().fetched());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, mostWorking.get());
    }

    @Test
    void aConditionalGetSkipsPagesThatDidNotChange() {
        AtomicInteger version = new AtomicInteger(1);
        site.mount("/p/etag", exchange -> {
            String etag = "\"v" + version.get() + "\"";
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalSite.send(exchange, 304, "text/html", new byte[0]);
            } else {
                LocalSite.send(exchange, 200, "text/html", page("Version " + version.get()).getBytes(StandardCharsets.UTF_8));
            }
        });
        site.mount("/p/dated", exchange -> {
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 03 Nov 2026 10:00:00 GMT");
            boolean same = "Tue, 03 Nov 2026 10:00:00 GMT".equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            LocalSite.send(exchange, same ? 304 : 200, "text/html", same ? new byte[0] : page("Dated").getBytes(StandardCharsets.UTF_8));
        });
        site.html("/p/plain", page("Always sent in full"));
        try (Crawler crawler = new Crawler(settings)) {
            FetchResult first = crawler.fetchPage(site.url("/p/etag"), Validators.NONE);
            assertEquals("\"v1\"", first.validators().etag());
            assertEquals(FetchOutcome.NOT_MODIFIED, crawler.fetchPage(site.url("/p/etag"), first.validators()).outcome());
            version.set(2);
            FetchResult changed = crawler.fetchPage(site.url("/p/etag"), first.validators());
            assertEquals(FetchOutcome.FETCHED, changed.outcome());
            assertEquals("\"v2\"", changed.validators().etag());

            FetchResult dated = crawler.fetchPage(site.url("/p/dated"), Validators.NONE);
            assertEquals(FetchOutcome.NOT_MODIFIED, crawler.fetchPage(site.url("/p/dated"), dated.validators()).outcome());

            FetchResult plain = crawler.fetchPage(site.url("/p/plain"), Validators.NONE);
            assertNull(plain.validators().etag());
            FetchResult again = crawler.fetchPage(site.url("/p/plain"), plain.validators());
            assertEquals(FetchOutcome.UNCHANGED, again.outcome(), "same bytes, same content hash");
            assertNull(again.body());
        }
        assertEquals("\"v1\"", site.requests("/p/etag").get(1).header("If-None-Match"));
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheTimeTheServerAsks() {
        AtomicInteger calls = new AtomicInteger();
        site.mount("/p/busy", exchange -> {
            if (calls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                LocalSite.send(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalSite.send(exchange, 200, "text/html", page("Busy").getBytes(StandardCharsets.UTF_8));
            }
        });
        try (Crawler crawler = new Crawler(settings)) {
            assertEquals(FetchOutcome.FETCHED, crawler.fetchPage(site.url("/p/busy"), Validators.NONE).outcome());
        }
        List<LocalSite.Request> requests = site.requests("/p/busy");
        assertEquals(2, requests.size());
        assertTrue(requests.get(1).nanoTime() - requests.get(0).nanoTime() >= TimeUnit.MILLISECONDS.toNanos(950));
    }

    @Test
    void serverErrorsAreRetriedWithBackOffAndThenReported() {
        site.mount("/p/down", exchange -> LocalSite.send(exchange, 503, "text/plain", new byte[0]));
        site.mount("/p/later", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "3600");
            LocalSite.send(exchange, 429, "text/plain", new byte[0]);
        });
        try (Crawler crawler = new Crawler(settings)) {
            FetchResult down = crawler.fetchPage(site.url("/p/down"), Validators.NONE);
            assertEquals(FetchOutcome.FAILED, down.outcome());
            assertTrue(down.reason().contains("HTTP 503") && down.reason().contains("gave up after 2 retries"), down.reason());
            FetchResult later = crawler.fetchPage(site.url("/p/later"), Validators.NONE);
            assertEquals(FetchOutcome.FAILED, later.outcome());
            assertTrue(later.reason().contains("come back in 3600 s"), later.reason());
        }
        assertEquals(3, site.requests("/p/down").size());
        assertEquals(1, site.requests("/p/later").size());
    }

    @Test
    void redirectsAreFollowedWithinTheLimitAndLoopsAreStopped() {
        site.mount("/old", redirect("/new"));
        site.html("/new", page("Moved"));
        site.mount("/loop/a", redirect("/loop/b"));
        site.mount("/loop/b", redirect("/loop/a"));
        for (int i = 1; i <= 7; i++) {
            site.mount("/chain/" + i, redirect("/chain/" + (i + 1)));
        }
        try (Crawler crawler = new Crawler(settings)) {
            FetchResult moved = crawler.fetchPage(site.url("/old"), Validators.NONE);
            assertEquals(FetchOutcome.FETCHED, moved.outcome());
            assertEquals(site.url("/new"), moved.finalUrl());
            FetchResult loop = crawler.fetchPage(site.url("/loop/a"), Validators.NONE);
            assertEquals(FetchOutcome.FAILED, loop.outcome());
            assertTrue(loop.reason().startsWith("redirect loop"), loop.reason());
            FetchResult chain = crawler.fetchPage(site.url("/chain/1"), Validators.NONE);
            assertEquals("more than 5 redirects from " + site.url("/chain/1"), chain.reason());
        }
        assertEquals(1, site.requests("/loop/a").size());
    }

    @Test
    void privateAddressesAreRefusedAtTheStartAndAtEveryRedirect() {
        site.mount("/to-metadata", redirect("http://169.254.169.254/latest/meta-data/"));
        site.mount("/to-localhost", redirect("http://localhost:" + site.url("/").getPort() + "/p/1"));
        site.html("/p/1", page("One"));
        try (Crawler crawler = new Crawler(settings)) {
            FetchResult metadata = crawler.fetchPage(site.url("/to-metadata"), Validators.NONE);
            assertEquals(FetchOutcome.REFUSED, metadata.outcome());
            assertTrue(metadata.reason().contains("169.254.169.254"), metadata.reason());
            FetchResult localhost = crawler.fetchPage(site.url("/to-localhost"), Validators.NONE);
            assertEquals(FetchOutcome.REFUSED, localhost.outcome(), "localhost is not on the allow-list, 127.0.0.1 is");
            assertEquals(FetchOutcome.REFUSED, crawler.fetchPage(URI.create("http://10.0.0.1/p/1"), Validators.NONE).outcome());
            assertEquals(FetchOutcome.REFUSED, crawler.fetchPage(URI.create("file:///etc/passwd"), Validators.NONE).outcome());
        }
        assertEquals(0, site.requests("/p/1").size());
    }

    @Test
    void pagesLargerThanTheLimitAreNotReadWhateverTheyClaim() {
        CrawlSettings small = settings.withMaxPageBytes(1000);
        byte[] big = ("<html><body>" + "x".repeat(5000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        site.mount("/big", exchange -> LocalSite.send(exchange, 200, "text/html", big));
        site.mount("/big-chunked", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (var out = exchange.getResponseBody()) {
                out.write(big);
            }
        });
        site.mount("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            LocalSite.send(exchange, 200, "text/html", gzip(new byte[1_000_000]));
        });
        try (Crawler crawler = new Crawler(small)) {
            for (String path : List.of("/big", "/big-chunked", "/bomb")) {
                FetchResult result = crawler.fetchPage(site.url(path), Validators.NONE);
                assertEquals(FetchOutcome.TOO_LARGE, result.outcome(), path);
                assertTrue(result.reason().contains("larger than"), result.reason());
            }
        }
    }

    @Test
    void compressedPagesAreDecoded() {
        byte[] html = page("Packed").getBytes(StandardCharsets.UTF_8);
        site.mount("/gzip", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            LocalSite.send(exchange, 200, "text/html", gzip(html));
        });
        site.mount("/br", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "br");
            LocalSite.send(exchange, 200, "text/html", Brotli.encodeStored(html));
        });
        try (Crawler crawler = new Crawler(settings)) {
            for (String path : List.of("/gzip", "/br")) {
                FetchResult result = crawler.fetchPage(site.url(path), Validators.NONE);
                assertArrayEquals(html, result.body(), path);
            }
        }
        assertEquals("gzip, deflate, br", site.requests("/gzip").get(0).header("Accept-Encoding"));
    }

    static String page(String name) {
        return "<!doctype html><html><head><title>" + name + "</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"" + name + "\",\"offers\":"
                + "{\"@type\":\"Offer\",\"price\":\"9.99\",\"priceCurrency\":\"EUR\"}}</script></head><body><h1>" + name
                + "</h1></body></html>";
    }

    static LocalSite.Page redirect(String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            LocalSite.send(exchange, 302, "text/plain", new byte[0]);
        };
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] fixture(String name) {
        try (InputStream in = CrawlerTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
