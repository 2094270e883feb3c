package io.bazaar.bench;

import static io.bazaar.bench.BenchConsole.logToConsole;
import static io.bazaar.bench.BenchConsole.say;
import static io.bazaar.bench.BenchConsole.section;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.catalog.shop.ProductQuery;
import io.bazaar.catalog.shop.repository.SearchStatements;
import io.bazaar.catalog.shop.repository.SearchStatements.JdbcStatement;
import io.bazaar.catalog.shop.service.PriceBuckets;
import io.bazaar.localenv.LocalEnvironment;

/**
 * Load benchmark of the shopper search: starts PostgreSQL + moto and the all-in-one server, generates a catalog,
 * then measures each search of a fixed mix through the HTTP API, and the very same SQL bare over JDBC (the page
 * alone, and the page with the facet statements the API also runs). Prints EXPLAIN (ANALYZE, BUFFERS) of each page
 * statement and a Markdown table. Usage: {@code CatalogSearchBench [products=100000] [clients=8] [seconds=30]
 * [warmupSeconds=10]}; {@code -Dbench.server.jar} overrides the server jar, {@code -Dbench.work.dir} the temp dir.
 */
public final class CatalogSearchBench {

    static {
        // Quarkus' log manager is on the class path (via local-env); it must be chosen before anything logs.
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MERCHANTS = 50;

    private final int products;
    private final int clients;
    private final double seconds;
    private final double warmup;

    private CatalogSearchBench(int products, int clients, double seconds, double warmup) {
        this.products = products;
        this.clients = clients;
        this.seconds = seconds;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws Exception {
        logToConsole();
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 30;
        double warmup = args.length > 3 ? Double.parseDouble(args[3]) : 10;
        new CatalogSearchBench(products, clients, seconds, warmup).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path serverJar = BenchServer.jar();
        Path work = BenchServer.workDir();
        section("Setup");
        say("products=%d clients=%d seconds=%.0f warmup=%.0f merchants=%d page size=%d", products, clients, seconds,
                warmup, MERCHANTS, SearchCase.PAGE_SIZE);
        say("machine: %s", Machine.describe());
        say("load before: %s", Machine.loadAverage());
        try (LocalEnvironment environment = LocalEnvironment.start(work)) {
            Map<String, String> config = environment.quarkusConfig();
            int port = BenchServer.freePort();
            Process server = BenchServer.start(serverJar, config, port, work.resolve("server.log"));
            environment.closeFirst(() -> BenchServer.stop(server));
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            long startedServer = System.nanoTime();
            BenchServer.awaitReady(http, base, server);
            say("server ready on %s in %d ms (log %s)", base, (System.nanoTime() - startedServer) / 1_000_000, work.resolve("server.log"));
            JdbcTarget db = new JdbcTarget(config.get("quarkus.datasource.jdbc.url"), config.get("quarkus.datasource.username"),
                    config.get("quarkus.datasource.password"));
            long brandId;
            ProcessHandle postmaster;
            try (Connection connection = db.open()) {
                say("database: %s", BenchServer.scalar(connection, "select version()"));
                section("Catalog generation");
                long millis = new CatalogGenerator().generate(connection, products, MERCHANTS);
                say("generated %d products (%s SKUs, %s tag links) for %d merchants in %.1f s (%.0f products/s), analyze included",
                        products, BenchServer.scalar(connection, "select count(*) from skus"), BenchServer.scalar(connection, "select count(*) from product_terms"),
                        MERCHANTS, millis / 1000.0, products / (millis / 1000.0));
                say("table sizes: products %s, skus %s, all catalog indexes on products %s",
                        BenchServer.scalar(connection, "select pg_size_pretty(pg_table_size('products'))"),
                        BenchServer.scalar(connection, "select pg_size_pretty(pg_table_size('skus'))"),
                        BenchServer.scalar(connection, "select pg_size_pretty(pg_indexes_size('products'))"));
                say("PostgreSQL settings: shared_buffers=%s work_mem=%s effective_cache_size=%s random_page_cost=%s jit=%s",
                        BenchServer.scalar(connection, "show shared_buffers"), BenchServer.scalar(connection, "show work_mem"),
                        BenchServer.scalar(connection, "show effective_cache_size"), BenchServer.scalar(connection, "show random_page_cost"),
                        BenchServer.scalar(connection, "show jit"));
                brandId = Long.parseLong(BenchServer.scalar(connection,
                        "select id from merchant_terms where kind = 'BRAND' and name = 'Acme' order by id limit 1"));
                postmaster = BenchServer.postmaster(connection);
            }
            CpuMeter cpu = new CpuMeter(server.toHandle(), postmaster);
            List<SearchCase> mix = SearchCase.mix(brandId);
            section("Query mix");
            for (SearchCase c : mix) {
                say("%-22s %s\n    GET /api/catalog/products?%s", c.name(), c.description(), c.queryString());
            }
            section("Consistency: API page == bare SQL page");
            check(http, base, db, mix);
            section("EXPLAIN (ANALYZE, BUFFERS)");
            explain(db, mix);

            Map<String, Latencies> api = measure("API", mix, cpu, c -> apiCall(http, base, c), () -> { });
            Map<String, Latencies> bare;
            Map<String, Latencies> bareFacets;
            try (JdbcPerThread perThread = new JdbcPerThread(db)) {
                bare = measure("bare SQL, page only", mix, cpu, c -> page(perThread.get(), c.query()), perThread::closeAll);
                bareFacets = measure("bare SQL, page + facets", mix, cpu, c -> pageAndFacets(perThread.get(), c.query()),
                        perThread::closeAll);
            }
            section("Results");
            say("load after: %s", Machine.loadAverage());
            System.out.println(table(mix, api, bare, bareFacets));
        }
        say("all servers stopped");
    }

    /** Runs each search of the mix alone for {@link #seconds}, after one warm-up over the whole mix. */
    private Map<String, Latencies> measure(String label, List<SearchCase> mix, CpuMeter cpu, LoadRun.Call<SearchCase> call,
            Runnable afterRun) throws Exception {
        section("Measure: " + label);
        say("load before: %s", Machine.loadAverage());
        Latencies warm = LoadRun.run(clients, warmup, mix, call);
        afterRun.run();
        say("warm-up (whole mix, %.0f s): %s", warmup, warm.summary());
        Map<String, Latencies> results = new LinkedHashMap<>();
        for (SearchCase c : mix) {
            double[] before = cpu.sample();
            try (Machine.LoadSampler load = new Machine.LoadSampler()) {
                Latencies latencies = LoadRun.run(clients, seconds, List.of(c), call);
                // sample before the run's connections close: a closed backend's CPU time leaves the process tree
                double[] after = cpu.sample();
                afterRun.run();
                results.put(c.name(), latencies);
                say("%-22s %s\n    %s; %s", c.name(), latencies.summary(), CpuMeter.describe(before, after, latencies.count()),
                        load.summary());
            }
        }
        Latencies all = Latencies.combine(List.copyOf(results.values()));
        results.put("all (equal time each)", all);
        say("%-22s %s", "all", all.summary());
        say("load after: %s", Machine.loadAverage());
        return results;
    }

    private static void apiCall(HttpClient http, String base, SearchCase c) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(base, c), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    private static HttpRequest request(String base, SearchCase c) {
        return HttpRequest.newBuilder(URI.create(base + "/api/catalog/products?" + c.queryString()))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET().build();
    }

    /** The page statement; returns the product ids in order. */
    private static List<String> page(Connection connection, ProductQuery query) throws SQLException {
        return execute(connection, SearchStatements.page(query));
    }

    /**
     * What the API's CatalogSearch runs for one search, one statement after the other on one connection (the API
     * runs them at once on several pool connections, so this is the CPU cost, not the API's latency floor).
     */
    private static void pageAndFacets(Connection connection, ProductQuery query) throws SQLException {
        execute(connection, SearchStatements.page(query));
        Long[] summary = new Long[2];
        try (PreparedStatement statement = prepare(connection, SearchStatements.summary(query));
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            summary[0] = (Long) rows.getObject("low");
            summary[1] = (Long) rows.getObject("high");
        }
        if (summary[0] != null) {
            PriceBuckets buckets = PriceBuckets.covering(summary[0], summary[1]);
            execute(connection, SearchStatements.priceFacet(query, buckets.start(), buckets.step()));
        }
        execute(connection, SearchStatements.brandFacet(query));
        execute(connection, SearchStatements.tagFacet(query));
    }

    /** Runs a statement and reads every column of every row (as the API maps them); returns the first column. */
    private static List<String> execute(Connection connection, JdbcStatement jdbc) throws SQLException {
        List<String> first = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, jdbc); ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                first.add(String.valueOf(rows.getObject(1)));
                for (int i = 2; i <= columns; i++) {
                    rows.getObject(i);
                }
            }
        }
        return first;
    }

    private static PreparedStatement prepare(Connection connection, JdbcStatement jdbc) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(jdbc.sql());
        int index = 1;
        for (Object value : jdbc.parameters()) {
            if (value instanceof Long[] longs) {
                Array array = connection.createArrayOf("bigint", longs);
                statement.setArray(index++, array);
            } else {
                statement.setObject(index++, value);
            }
        }
        return statement;
    }

    private static void check(HttpClient http, String base, JdbcTarget db, List<SearchCase> mix) throws Exception {
        try (Connection connection = db.open()) {
            for (SearchCase c : mix) {
                HttpResponse<String> response = http.send(request(base, c), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(c.name() + ": HTTP " + response.statusCode() + " " + response.body());
                }
                JsonNode body = JSON.readTree(response.body());
                List<String> apiIds = new ArrayList<>();
                body.get("items").forEach(item -> apiIds.add(item.get("id").asText()));
                List<String> sqlIds = page(connection, c.query());
                String total = execute(connection, SearchStatements.summary(c.query())).get(0);
                boolean same = apiIds.equals(sqlIds) && total.equals(body.get("total").asText());
                say("%-22s total %s, page of %d: %s", c.name(), body.get("total").asText(), apiIds.size(),
                        same ? "API and bare SQL agree" : "MISMATCH (bare SQL total " + total + ", ids " + sqlIds + " vs " + apiIds + ")");
                if (!same) {
                    throw new IllegalStateException("The bare SQL does not return what the API returns for " + c.name());
                }
            }
        }
    }

    private static void explain(JdbcTarget db, List<SearchCase> mix) throws SQLException {
        try (Connection connection = db.open()) {
            for (SearchCase c : mix) {
                JdbcStatement page = SearchStatements.page(c.query());
                System.out.println("---- " + c.name() + " (page statement)");
                System.out.println(page.sql());
                System.out.println("parameters: " + page.parameters().stream().map(CatalogSearchBench::show).toList());
                printPlan(connection, page);
                for (var facet : Map.of("summary", SearchStatements.summary(c.query()), "brand facet",
                        SearchStatements.brandFacet(c.query()), "tag facet", SearchStatements.tagFacet(c.query())).entrySet()) {
                    System.out.println("---- " + c.name() + " (" + facet.getKey() + ")");
                    printPlan(connection, facet.getValue());
                }
            }
        }
    }

    private static void printPlan(Connection connection, JdbcStatement statement) throws SQLException {
        JdbcStatement explain = new JdbcStatement("explain (analyze, buffers) " + statement.sql(), statement.parameters());
        try (PreparedStatement prepared = prepare(connection, explain); ResultSet rows = prepared.executeQuery()) {
            while (rows.next()) {
                System.out.println("  " + rows.getString(1));
            }
        }
    }

    private static String show(Object value) {
        return value instanceof Long[] longs ? java.util.Arrays.toString(longs) : String.valueOf(value);
    }

    private static String table(List<SearchCase> mix, Map<String, Latencies> api, Map<String, Latencies> bare,
            Map<String, Latencies> bareFacets) {
        StringBuilder out = new StringBuilder();
        out.append("| query | API req/s | API p50 ms | API p99 ms | SQL page req/s | SQL page p50 | SQL page p99 "
                + "| SQL page+facets req/s | SQL page+facets p50 | SQL page+facets p99 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> names = new ArrayList<>(mix.stream().map(SearchCase::name).toList());
        names.add("all (equal time each)");
        for (String name : names) {
            out.append("| ").append(name);
            for (Latencies l : List.of(api.get(name), bare.get(name), bareFacets.get(name))) {
                out.append(String.format(" | %.1f | %.1f | %.1f", l.throughput(), l.percentileMillis(50), l.percentileMillis(99)));
            }
            out.append(" |\n");
        }
        long errors = api.values().stream().mapToLong(Latencies::errors).sum();
        out.append("\nerrors: API ").append(errors);
        return out.toString();
    }

    /**
     * JDBC connections like the application's: autocommit, and unnamed statements planned with their parameters each
     * time ({@code prepareThreshold=0}), as the Vert.x client does with its prepared-statement cache off (the default).
     */
    private record JdbcTarget(String url, String user, String password) {
        Connection open() throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("prepareThreshold", "0");
            return DriverManager.getConnection(url, properties);
        }
    }

    /** One connection per client thread, as a closed-loop client holds one; all closed at the end. */
    private static final class JdbcPerThread implements AutoCloseable {
        private final JdbcTarget db;
        private final ConcurrentLinkedQueue<Connection> opened = new ConcurrentLinkedQueue<>();
        private final ThreadLocal<Connection> connection;

        JdbcPerThread(JdbcTarget db) {
            this.db = db;
            this.connection = ThreadLocal.withInitial(this::open);
        }

        private Connection open() {
            try {
                Connection c = db.open();
                opened.add(c);
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        Connection get() {
            return connection.get();
        }

        /** Closes the connections of the client threads of the run that just ended (each run has new threads). */
        void closeAll() {
            Connection c;
            while ((c = opened.poll()) != null) {
                try {
                    c.close();
                } catch (SQLException e) {
                    say("closing a connection failed: %s", e.getMessage());
                }
            }
        }

        @Override
        public void close() {
            closeAll();
        }
    }
}
