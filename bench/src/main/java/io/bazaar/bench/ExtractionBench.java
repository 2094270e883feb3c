package io.bazaar.bench;

import static io.bazaar.bench.BenchConsole.say;
import static io.bazaar.bench.BenchConsole.section;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.bazaar.bench.ShopPages.Kind;
import io.bazaar.bench.ShopPages.Page;
import io.bazaar.importer.extract.Listing;
import io.bazaar.importer.extract.ProductExtractor;

/**
 * Throughput of the importer's extraction ({@code ProductExtractor.extract(body, url, headers)}: charset, jsoup parse,
 * then JSON-LD, microdata, RDFa, OpenGraph and the visible page in turn) against a bare jsoup parse of the same pages,
 * to say what the extraction costs on top of parsing. Pages: the importer's test fixtures and generated 50-200 KB
 * pages with JSON-LD, microdata, or a visible price only (see {@link ShopPages}); each generated page is first checked
 * to give the expected name and price. Then a warm-up, and per page set and method a closed loop of {@code seconds}
 * (1 thread; the mix also with 2). Usage: {@code ExtractionBench [seconds=8] [warmupSeconds=10] [pagesPerKind=12]};
 * {@code -Dbench.fixtures.dir} names the fixture directory (default importer/core/src/test/resources/pages).
 */
public final class ExtractionBench {

    private static final Map<String, List<String>> HEADERS = Map.of("Content-Type", List.of("text/html; charset=utf-8"));

    /** What one timed run did. */
    private record Run(String set, String method, int threads, Latencies latencies, long bytes, double cpuSeconds,
                       long gcMillis) {
        double pagesPerSecond() {
            return latencies.throughput();
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / (latencies.count() / latencies.throughput());
        }
    }

    /** Keeps the JIT from dropping work whose result nobody reads. */
    private static final LongAdder SINK = new LongAdder();

    private ExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 8;
        double warmup = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        int perKind = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        Path fixturesDir = Path.of(System.getProperty("bench.fixtures.dir", "importer/core/src/test/resources/pages"));

        section("Setup");
        say("seconds=%.0f warmup=%.0f pagesPerKind=%d", seconds, warmup, perKind);
        say("machine: %s", Machine.describe());
        say("JVM flags: %s", ManagementFactory.getRuntimeMXBean().getInputArguments());
        say("load before: %s", Machine.loadAverage());
        List<Page> fixtures = ShopPages.fixtures(fixturesDir);
        Map<Kind, List<Page>> sets = new java.util.EnumMap<>(Kind.class);
        sets.put(Kind.FIXTURE, fixtures);
        long generating = System.nanoTime();
        for (Kind kind : List.of(Kind.JSON_LD, Kind.MICRODATA, Kind.VISIBLE)) {
            sets.put(kind, ShopPages.generate(kind, perKind, "https://shop.example.com"));
        }
        say("generated %d pages in %d ms", 3 * perKind, (System.nanoTime() - generating) / 1_000_000);
        List<Page> mix = sets.values().stream().flatMap(List::stream).toList();
        for (Map.Entry<Kind, List<Page>> set : sets.entrySet()) {
            say("  %-36s %s", set.getKey().label, sizes(set.getValue()));
        }
        say("  %-36s %s", "mix (all of the above, each page once)", sizes(mix));

        section("Check: what the extraction finds in each page");
        for (Page page : fixtures) {
            Optional<Listing> listing = ProductExtractor.extract(page.body(), page.url(), HEADERS);
            say("  %-28s %s", page.file(), listing.map(l -> l.source() + ": " + l.name() + ", " + l.price() + " " + l.currency())
                    .orElse("no product"));
        }
        for (Kind kind : List.of(Kind.JSON_LD, Kind.MICRODATA, Kind.VISIBLE)) {
            String expectedSource = switch (kind) {
                case JSON_LD -> "json-ld";
                case MICRODATA -> "microdata";
                default -> "page";
            };
            int right = 0;
            for (Page page : sets.get(kind)) {
                Optional<Listing> listing = ProductExtractor.extract(page.body(), page.url(), HEADERS);
                boolean ok = listing.isPresent() && listing.get().source().equals(expectedSource)
                        && page.name().equals(listing.get().name()) && listing.get().price() != null
                        && listing.get().price().compareTo(page.price()) == 0 && page.currency().equals(listing.get().currency());
                if (ok) {
                    right++;
                } else {
                    say("  WRONG %s: expected %s, %s %s from %s; found %s", page.file(), page.name(), page.price(), page.currency(),
                            expectedSource, listing.map(l -> l.source() + ": " + l.name() + ", " + l.price() + " " + l.currency())
                                    .orElse("no product"));
                }
            }
            say("  %-36s %d of %d pages: source %s, name, price and currency as generated", kind.label, right, sets.get(kind).size(),
                    expectedSource);
        }

        section("Warm-up");
        long warmStart = System.nanoTime();
        Latencies warmExtract = LoadRun.run(1, warmup / 2, mix, ExtractionBench::extract);
        Latencies warmParse = LoadRun.run(1, warmup / 2, mix, ExtractionBench::parse);
        say("%.1f s: extract %d pages, jsoup %d pages (errors %d/%d)", (System.nanoTime() - warmStart) / 1e9, warmExtract.count(),
                warmParse.count(), warmExtract.errors(), warmParse.errors());

        section("Measured (closed loop, " + seconds + " s per run)");
        List<Run> runs = new ArrayList<>();
        for (Map.Entry<Kind, List<Page>> set : sets.entrySet()) {
            runs.add(measure(set.getKey().label, "extract", 1, seconds, set.getValue(), true));
            runs.add(measure(set.getKey().label, "jsoup parse", 1, seconds, set.getValue(), false));
        }
        for (int threads : new int[] {1, 2}) {
            runs.add(measure("mix", "extract", threads, seconds, mix, true));
            runs.add(measure("mix", "jsoup parse", threads, seconds, mix, false));
        }

        section("Results");
        say("load after: %s", Machine.loadAverage());
        System.out.println(table(runs));
        say("(sink %d)", SINK.sum());
    }

    private static Run measure(String set, String method, int threads, double seconds, List<Page> pages, boolean extract)
            throws Exception {
        LongAdder bytes = new LongAdder();
        double cpuBefore = CpuMeter.self();
        long gcBefore = gcMillis();
        Latencies latencies;
        String load;
        try (Machine.LoadSampler sampler = new Machine.LoadSampler()) {
            latencies = LoadRun.run(threads, seconds, pages, page -> {
                if (extract) {
                    extract(page);
                } else {
                    parse(page);
                }
                bytes.add(page.body().length);
            });
            load = sampler.summary();
        }
        Run run = new Run(set, method, threads, latencies, bytes.sum(), CpuMeter.self() - cpuBefore, gcMillis() - gcBefore);
        say("%-36s %-11s %d thread(s): %8.1f pages/s, %6.1f MB/s, p50 %.2f ms, p99 %.2f ms, CPU %.2f ms/page, GC %d ms, errors %d; %s",
                set, method, threads, run.pagesPerSecond(), run.megabytesPerSecond(), latencies.percentileMillis(50),
                latencies.percentileMillis(99), run.cpuSeconds() * 1000 / Math.max(1, latencies.count()), run.gcMillis(),
                latencies.errors(), load);
        return run;
    }

    private static void extract(Page page) {
        Optional<Listing> listing = ProductExtractor.extract(page.body(), page.url(), HEADERS);
        SINK.add(listing.map(l -> l.name().length()).orElse(-1));
    }

    private static void parse(Page page) {
        Document document = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.url().toString());
        SINK.add(document.childNodeSize());
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static String sizes(List<Page> pages) {
        long total = pages.stream().mapToLong(p -> p.body().length).sum();
        long min = pages.stream().mapToLong(p -> p.body().length).min().orElse(0);
        long max = pages.stream().mapToLong(p -> p.body().length).max().orElse(0);
        return String.format("%d pages, %.1f KB in all, %.1f to %.1f KB, mean %.1f KB", pages.size(), total / 1024.0, min / 1024.0,
                max / 1024.0, pages.isEmpty() ? 0 : total / 1024.0 / pages.size());
    }

    /** Markdown: per set and thread count, both methods side by side and the ratio of their throughputs. */
    private static String table(List<Run> runs) {
        StringBuilder out = new StringBuilder("| pages | threads | extract pages/s | extract MB/s | extract p50 ms | extract CPU ms/page "
                + "| jsoup pages/s | jsoup MB/s | jsoup p50 ms | jsoup CPU ms/page | extract / jsoup time |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i + 1 < runs.size(); i += 2) {
            Run extract = runs.get(i);
            Run parse = runs.get(i + 1);
            out.append(String.format("| %s | %d | %.1f | %.2f | %.2f | %.2f | %.1f | %.2f | %.2f | %.2f | %.2f× |%n", extract.set(),
                    extract.threads(), extract.pagesPerSecond(), extract.megabytesPerSecond(), extract.latencies().percentileMillis(50),
                    extract.cpuSeconds() * 1000 / Math.max(1, extract.latencies().count()), parse.pagesPerSecond(),
                    parse.megabytesPerSecond(), parse.latencies().percentileMillis(50),
                    parse.cpuSeconds() * 1000 / Math.max(1, parse.latencies().count()), parse.pagesPerSecond() / extract.pagesPerSecond()));
        }
        return out.toString();
    }
}
