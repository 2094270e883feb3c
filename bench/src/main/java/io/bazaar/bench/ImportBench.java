package io.bazaar.bench;

import static io.bazaar.bench.BenchConsole.logToConsole;
import static io.bazaar.bench.BenchConsole.say;
import static io.bazaar.bench.BenchConsole.section;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.importer.crawl.CrawlSettings;
import io.bazaar.importer.crawl.Crawler;
import io.bazaar.importer.crawl.Discovery;
import io.bazaar.importer.crawl.DiscoveryLimits;
import io.bazaar.importer.crawl.DiscoveryResult;
import io.bazaar.importer.crawl.FetchOutcome;
import io.bazaar.importer.crawl.FetchResult;
import io.bazaar.importer.crawl.Validators;
import io.bazaar.importer.extract.Listing;
import io.bazaar.importer.extract.ProductExtractor;
import io.bazaar.localenv.LocalEnvironment;

/**
 * Crawl and import throughput against a {@link LocalShop} of {@code products} JSON-LD pages on 127.0.0.1: (a) discovery
 * from the shop's root (robots.txt, sitemap), (b) the importer's crawler fetching and extracting product pages with
 * politeness off, 1 and 2 threads, and conditional re-fetches answered 304, (c) a merchant's import through the
 * all-in-one server ({@code POST /api/merchant/imports} with the sitemap, polled until done; after a warm-up import of
 * up to 100 pages by another merchant) and its re-run, when every page answers 304. Usage: {@code ImportBench [products=500] [seconds=10] [warmupSeconds=5] [parts=crawl,import]};
 * {@code -Dbench.server.jar} overrides the server jar, {@code -Dbench.work.dir} the temp dir.
 */
public final class ImportBench {

    static {
        // Quarkus' log manager is on the class path (via local-env); it must be chosen before anything logs.
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The default category of imported products: T-shirts, seeded by the catalog's migrations. */
    private static final int DEFAULT_CATEGORY = 6;

    private final int products;
    private final double seconds;
    private final double warmup;
    private final LocalShop shop;

    private ImportBench(int products, double seconds, double warmup, LocalShop shop) {
        this.products = products;
        this.seconds = seconds;
        this.warmup = warmup;
        this.shop = shop;
    }

    public static void main(String[] args) throws Exception {
        logToConsole();
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        double warmup = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        Set<String> parts = Set.of((args.length > 3 ? args[3] : "crawl,import").split(","));
        section("Setup");
        say("products=%d seconds=%.0f warmup=%.0f parts=%s", products, seconds, warmup, parts);
        say("machine: %s", Machine.describe());
        say("load before: %s", Machine.loadAverage());
        long generating = System.nanoTime();
        try (LocalShop shop = LocalShop.start(products)) {
            say("local shop on %s: %d JSON-LD product pages, %.1f MB (%.1f MB gzip'd), generated in %d ms", shop.base(), products,
                    shop.pageBytes() / 1e6, shop.gzipBytes() / 1e6, (System.nanoTime() - generating) / 1_000_000);
            ImportBench bench = new ImportBench(products, seconds, warmup, shop);
            List<String> table = new ArrayList<>();
            if (parts.contains("crawl")) {
                table.addAll(bench.crawl());
            }
            if (parts.contains("import")) {
                table.addAll(bench.imports());
            }
            section("Results");
            say("load after: %s", Machine.loadAverage());
            System.out.println("| measurement | pages | time s | pages/s | notes |\n|---|---:|---:|---:|---|");
            table.forEach(System.out::println);
        }
        System.exit(0);
    }

    private static CrawlSettings settings() {
        return CrawlSettings.defaults().withPoliteness(false).withHostDelay(Duration.ZERO).withAllowHosts(Set.of("127.0.0.1"));
    }

    /** (a) and (b): the importer library alone, in this JVM (the shop's server threads too). */
    private List<String> crawl() throws Exception {
        List<String> rows = new ArrayList<>();
        section("(a) Discovery from " + shop.base() + "/ (robots.txt -> sitemap), a fresh crawler each time");
        List<URI> urls = List.of();
        for (int round = 1; round <= 3; round++) {
            try (Crawler crawler = new Crawler(settings())) {
                long t0 = System.nanoTime();
                DiscoveryResult found = new Discovery(crawler).discover(URI.create(shop.base() + "/"), new DiscoveryLimits(products, 10));
                double took = (System.nanoTime() - t0) / 1e9;
                urls = found.productPages();
                say("round %d: %d product pages in %.1f ms (%.0f URLs/s); problems: %s", round, urls.size(), took * 1000,
                        urls.size() / took, found.problems());
                if (round == 3) {
                    rows.add(String.format("| (a) discovery (robots.txt + sitemap), 3rd round | %d | %.3f | %.0f | URLs listed, nothing fetched but robots.txt and the sitemap |",
                            urls.size(), took, urls.size() / took));
                }
            }
        }
        if (urls.size() != products) {
            say("WRONG: discovery found %d pages, the shop has %d", urls.size(), products);
        }

        section("(b) Crawl: fetch (gzip) + extract, politeness off, closed loop over the discovered pages");
        try (Crawler crawler = new Crawler(settings())) {
            List<URI> pages = urls;
            Latencies warm = LoadRun.run(2, warmup, pages, url -> fetchAndExtract(crawler, url, new Tally()));
            say("warm-up %.0f s, 2 threads: %d pages, %d errors", warmup, warm.count(), warm.errors());
            for (int threads : new int[] {1, 2}) {
                Tally tally = new Tally();
                shop.resetCounts();
                double cpu0 = CpuMeter.self();
                Latencies run;
                String load;
                try (Machine.LoadSampler sampler = new Machine.LoadSampler()) {
                    run = LoadRun.run(threads, seconds, pages, url -> fetchAndExtract(crawler, url, tally));
                    load = sampler.summary();
                }
                double cpu = CpuMeter.self() - cpu0;
                double elapsed = run.count() / run.throughput();
                say("%d thread(s): %s", threads, run.summary());
                say("    %.1f MB/s of pages (decoded), %.1f MB/s on the wire; per page: fetch %.2f ms, extract %.2f ms (means); "
                        + "CPU of this JVM (crawler + shop) %.2f ms/page; %s; %s", tally.bytes.sum() / 1e6 / elapsed,
                        shop.bytesSent() / 1e6 / elapsed, tally.fetchMillis(), tally.extractMillis(), cpu * 1000 / Math.max(1, run.count()),
                        shop.served(), load);
                rows.add(String.format("| (b) fetch + extract, %d thread(s) | %d | %.1f | %.1f | %.1f MB/s decoded; fetch %.2f + extract %.2f ms/page; p50 %.1f ms, p99 %.1f ms; %d errors |",
                        threads, run.count(), elapsed, run.throughput(), tally.bytes.sum() / 1e6 / elapsed, tally.fetchMillis(),
                        tally.extractMillis(), run.percentileMillis(50), run.percentileMillis(99), run.errors()));
            }

            section("(b') Conditional re-fetch (If-None-Match), every page unchanged: 304, nothing to extract");
            Map<URI, Validators> known = new ConcurrentHashMap<>();
            for (URI url : pages) {
                known.put(url, crawler.fetchPage(url, Validators.NONE).validators());
            }
            for (int threads : new int[] {1, 2}) {
                shop.resetCounts();
                Latencies run = LoadRun.run(threads, seconds / 2, pages, url -> {
                    FetchResult result = crawler.fetchPage(url, known.get(url));
                    if (result.outcome() != FetchOutcome.NOT_MODIFIED) {
                        throw new IllegalStateException(url + ": " + result.outcome() + " " + result.reason());
                    }
                });
                double elapsed = run.count() / run.throughput();
                say("%d thread(s): %s; %s", threads, run.summary(), shop.served());
                rows.add(String.format("| (b') conditional re-fetch (304), %d thread(s) | %d | %.1f | %.1f | p50 %.2f ms, p99 %.2f ms; %d errors |",
                        threads, run.count(), elapsed, run.throughput(), run.percentileMillis(50), run.percentileMillis(99), run.errors()));
            }
        }
        return rows;
    }

    /** Where the time of (b) goes, summed over a run's pages. */
    private static final class Tally {
        final LongAdder pages = new LongAdder();
        final LongAdder fetchNanos = new LongAdder();
        final LongAdder extractNanos = new LongAdder();
        final LongAdder bytes = new LongAdder();

        double fetchMillis() {
            return fetchNanos.sum() / 1e6 / Math.max(1, pages.sum());
        }

        double extractMillis() {
            return extractNanos.sum() / 1e6 / Math.max(1, pages.sum());
        }
    }

    private static void fetchAndExtract(Crawler crawler, URI url, Tally tally) {
        long t0 = System.nanoTime();
        FetchResult page = crawler.fetchPage(url, Validators.NONE);
        long t1 = System.nanoTime();
        if (!page.fetched()) {
            throw new IllegalStateException(url + ": " + page.outcome() + " " + page.reason());
        }
        Optional<Listing> listing = ProductExtractor.extract(page.body(), page.finalUrl(), page.headers());
        long t2 = System.nanoTime();
        if (listing.isEmpty() || listing.get().price() == null) {
            throw new IllegalStateException(url + ": no product with a price found");
        }
        tally.pages.increment();
        tally.fetchNanos.add(t1 - t0);
        tally.extractNanos.add(t2 - t1);
        tally.bytes.add(page.body().length);
    }

    /** (c): a merchant's import through the all-in-one server, then the same import again. */
    private List<String> imports() throws Exception {
        List<String> rows = new ArrayList<>();
        section("(c) Merchant import through the server");
        Path serverJar = BenchServer.jar();
        Path work = BenchServer.workDir();
        try (LocalEnvironment environment = LocalEnvironment.start(work)) {
            Map<String, String> config = new LinkedHashMap<>(environment.quarkusConfig());
            config.put("bazaar.imports.crawl.allow-hosts", "127.0.0.1");
            config.put("bazaar.imports.crawl.politeness", "false");
            config.put("bazaar.imports.crawl.host-delay", "PT0S");
            int port = BenchServer.freePort();
            Process server = BenchServer.start(serverJar, config, port, work.resolve("server.log"));
            environment.closeFirst(() -> BenchServer.stop(server));
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            long startedServer = System.nanoTime();
            BenchServer.awaitReady(http, base, server);
            say("server ready on %s in %d ms (log %s); imports: allow-hosts=127.0.0.1, politeness=false, host-delay=PT0S", base,
                    (System.nanoTime() - startedServer) / 1_000_000, work.resolve("server.log"));
            PrivateKey key = BenchTokens.privateKey(environment.workDir().resolve("jwt-private.pem"));
            try (Connection db = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
                CpuMeter cpu = new CpuMeter(server.toHandle(), BenchServer.postmaster(db));
                UUID warmupMerchant = UUID.randomUUID();
                int warmupPages = Math.max(1, Math.min(100, products / 5));
                new Importer(http, base, BenchTokens.merchantStaff(key, warmupMerchant, "products"), warmupMerchant, db, cpu)
                        .run("warm-up: another merchant imports the first " + warmupPages + " pages (not in the figures)", warmupPages,
                                new ArrayList<>());
                UUID merchant = UUID.randomUUID();
                Importer importer = new Importer(http, base, BenchTokens.merchantStaff(key, merchant, "products"), merchant, db, cpu);
                importer.run("first import", null, rows);
                importer.run("re-run, pages unchanged", null, rows);
            }
        }
        say("all servers stopped");
        return rows;
    }

    /** Starts one import job of the shop's sitemap as a merchant's staff would and follows it to the end. */
    private final class Importer {
        private final HttpClient http;
        private final String base;
        private final String token;
        private final UUID merchant;
        private final Connection db;
        private final CpuMeter cpu;

        Importer(HttpClient http, String base, String token, UUID merchant, Connection db, CpuMeter cpu) {
            this.http = http;
            this.base = base;
            this.token = token;
            this.merchant = merchant;
            this.db = db;
            this.cpu = cpu;
        }

        /** One job of the whole sitemap, or of its first {@code maxProducts} pages; its figures go to {@code rows}. */
        void run(String name, Integer maxProducts, List<String> rows) throws Exception {
            section("(c) " + name);
            say("load before: %s", Machine.loadAverage());
            shop.resetCounts();
            double[] cpu0 = cpu.sample();
            double moto0 = CpuMeter.moto();
            Map<String, Object> options = new LinkedHashMap<>(Map.of("defaultCategoryId", DEFAULT_CATEGORY, "stockWhenInStock", 10));
            if (maxProducts != null) {
                options.put("maxProducts", maxProducts);
            }
            String body = JSON.writeValueAsString(Map.of("sitemapUrl", shop.sitemapUrl(), "options", options));
            long t0 = System.nanoTime();
            HttpResponse<String> started = http.send(request("/api/merchant/imports").header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                say("FAILED to start: HTTP %d %s", started.statusCode(), started.body());
                rows.add(String.format("| (c) %s | | | | not started: HTTP %d %s |", name, started.statusCode(), oneLine(started.body())));
                return;
            }
            String id = JSON.readTree(started.body()).path("id").asText();
            say("job %s accepted in %.0f ms", id, (System.nanoTime() - t0) / 1e6);
            JsonNode job = null;
            double importingSeenAt = Double.NaN;
            double lastReport = 0;
            long timeoutNanos = (long) (Math.max(180, products * 0.5) * 1e9);
            String load;
            try (Machine.LoadSampler sampler = new Machine.LoadSampler()) {
                while (System.nanoTime() - t0 < timeoutNanos) {
                    HttpResponse<String> polled = http.send(request("/api/merchant/imports/" + id).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    double at = (System.nanoTime() - t0) / 1e9;
                    if (polled.statusCode() != 200) {
                        say("%.1f s: GET the job: HTTP %d %s", at, polled.statusCode(), oneLine(polled.body()));
                    } else {
                        job = JSON.readTree(polled.body());
                        String status = job.path("status").asText();
                        if (Double.isNaN(importingSeenAt) && !status.equals("QUEUED") && !status.equals("DISCOVERING")) {
                            importingSeenAt = at;
                            say("%.1f s: %s, %d pages discovered", at, status, job.path("counts").path("discovered").asInt());
                        }
                        if (status.equals("COMPLETED") || status.equals("FAILED")) {
                            break;
                        }
                        if (at - lastReport >= 10) {
                            lastReport = at;
                            say("%.1f s: %s, counts %s", at, status, job.path("counts"));
                        }
                    }
                    Thread.sleep(250);
                }
                load = sampler.summary();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double[] cpu1 = cpu.sample();
            double moto = CpuMeter.moto() - moto0;
            if (job == null) {
                rows.add(String.format("| (c) %s | | | | no answer about job %s |", name, id));
                return;
            }
            String status = job.path("status").asText();
            JsonNode counts = job.path("counts");
            say("job %s: %s after %.1f s (client clock); counts %s; problems %s", id, status, wall, counts, job.path("problems"));
            Optional<Instant> startedAt = instant(job.path("startedAt"));
            Optional<Instant> finishedAt = instant(job.path("finishedAt"));
            double serverSeconds = startedAt.isPresent() && finishedAt.isPresent()
                    ? Duration.between(startedAt.get(), finishedAt.get()).toMillis() / 1000.0 : Double.NaN;
            int processed = counts.path("processed").asInt();
            int imported = counts.path("imported").asInt();
            int unchanged = counts.path("unchanged").asInt();
            int done = imported + counts.path("updated").asInt() + unchanged;
            say("server clock: startedAt %s, finishedAt %s: %.1f s; %d pages processed: %.1f pages/s, imported %d (%.1f/s), "
                    + "unchanged %d, failed %d", startedAt.orElse(null), finishedAt.orElse(null), serverSeconds, processed,
                    processed / serverSeconds, imported, imported / serverSeconds, unchanged, counts.path("failed").asInt());
            say("discovery (first poll past DISCOVERING) %.1f s; import phase about %.1f s", importingSeenAt, wall - importingSeenAt);
            say("local shop %s", shop.served());
            say("%s, moto %.1f s (%.2f ms/page); %s", CpuMeter.describe(cpu0, cpu1, Math.max(1, processed)), moto,
                    moto * 1000 / Math.max(1, processed), load);
            say("merchant's products in the database: %d, with %d images", count("select count(*) from products where merchant_id = ?"),
                    count("select count(*) from product_images where merchant_id = ?"));
            if (counts.path("failed").asInt() > 0) {
                HttpResponse<String> failed = http.send(request("/api/merchant/imports/" + id + "/items?outcome=failed&size=5").GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                say("first failed items: %s", oneLine(failed.body()));
            }
            rows.add(String.format("| (c) %s: %s | %d | %.1f | %.1f | imported %d, unchanged %d, failed %d; %d product pages 200, %d 304; "
                    + "CPU ms/page: server %.1f, PostgreSQL %.1f, moto %.1f |", name, status, processed, serverSeconds,
                    done / serverSeconds, imported, unchanged, counts.path("failed").asInt(), shop.fullPages(), shop.notModified(),
                    (cpu1[0] - cpu0[0]) * 1000 / Math.max(1, processed), (cpu1[1] - cpu0[1]) * 1000 / Math.max(1, processed),
                    moto * 1000 / Math.max(1, processed)));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        }

        /** A count of the merchant's rows; -1 (and the reason printed) when the query fails. */
        private long count(String sql) {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setObject(1, merchant);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            } catch (java.sql.SQLException e) {
                say("cannot count (%s): %s", sql, e.getMessage());
                return -1;
            }
        }
    }

    private static Optional<Instant> instant(JsonNode node) {
        if (node.isTextual()) {
            return Optional.of(Instant.parse(node.asText()));
        }
        if (node.isNumber()) {
            double seconds = node.asDouble();
            return Optional.of(Instant.ofEpochMilli((long) (seconds > 1e11 ? seconds : seconds * 1000)));
        }
        return Optional.empty();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 600 ? line.substring(0, 600) + "..." : line;
    }
}
