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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import io.bazaar.localenv.LocalEnvironment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Load benchmark of checkout ({@code POST /api/orders/checkout}): starts PostgreSQL + moto and the all-in-one server,
 * creates one ACTIVE account per client (rows in identity's table, tokens signed with the environment's key) and the
 * SKUs, then runs closed-loop clients that write their cart item (the cart contract) and check it out with a fresh
 * Idempotency-Key: (a) one unit of a random SKU of 1,000, (b) one unit of the same SKU for everyone, (c) a stock-out
 * race on K units. Only the checkout call is timed; the cart write is timed separately. After each scenario it checks
 * that stock fell by exactly the successful checkouts and that as many orders were created. Usage: {@code
 * CheckoutBench [clients=8] [seconds=20] [warmupSeconds=5] [raceStock=50]}; {@code -Dbench.server.jar} overrides the
 * server jar, {@code -Dbench.work.dir} the temp dir.
 */
public final class CheckoutBench {

    static {
        // Quarkus' log manager is on the class path (via local-env); it must be chosen before anything logs.
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
    }

    private static final int SKUS = 1_000;
    private static final int AMPLE_STOCK = 100_000;
    private static final int HOT_STOCK = 1_000_000;
    private static final long PRICE_MINOR = 1_000;
    private static final String CHECKOUT_BODY = """
            {"address":{"name":"Li Lei","phone":"+8613800138000","country":"CN","region":"Zhejiang","city":"Hangzhou",\
            "postalCode":"310000","line1":"1 West Lake Road"},"paymentMethod":"sandbox-card"}""";

    private final int clients;
    private final double seconds;
    private final double warmup;
    private final int raceStock;

    private HttpClient http;
    private String base;
    private DynamoDbClient dynamo;
    private String cartsTable;
    private Jdbc db;
    private CpuMeter cpu;
    private List<Customer> customers;

    private CheckoutBench(int clients, double seconds, double warmup, int raceStock) {
        this.clients = clients;
        this.seconds = seconds;
        this.warmup = warmup;
        this.raceStock = raceStock;
    }

    public static void main(String[] args) throws Exception {
        logToConsole();
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        double warmup = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        int raceStock = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        new CheckoutBench(clients, seconds, warmup, raceStock).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path serverJar = BenchServer.jar();
        Path work = BenchServer.workDir();
        section("Setup");
        say("clients=%d seconds=%.0f warmup=%.0f skus=%d (stock %d each) hot SKU stock=%d race stock=%d", clients, seconds,
                warmup, SKUS, AMPLE_STOCK, HOT_STOCK, raceStock);
        say("machine: %s", Machine.describe());
        say("load before: %s", Machine.loadAverage());
        try (LocalEnvironment environment = LocalEnvironment.start(work)) {
            Map<String, String> config = environment.quarkusConfig();
            int port = BenchServer.freePort();
            Process server = BenchServer.start(serverJar, config, port, work.resolve("server.log"));
            environment.closeFirst(() -> BenchServer.stop(server));
            base = "http://127.0.0.1:" + port;
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            long startedServer = System.nanoTime();
            BenchServer.awaitReady(http, base, server);
            say("server ready on %s in %d ms (log %s)", base, (System.nanoTime() - startedServer) / 1_000_000, work.resolve("server.log"));
            dynamo = DynamoDbClient.builder().endpointOverride(URI.create(environment.awsEndpoint()))
                    .region(Region.of(config.get("bazaar.aws.region")))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                            config.get("bazaar.aws.access-key-id"), config.get("bazaar.aws.secret-access-key"))))
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
            cartsTable = System.getProperty("bench.table.prefix", "bazaar-") + "carts";
            db = new Jdbc(config.get("quarkus.datasource.jdbc.url"), config.get("quarkus.datasource.username"),
                    config.get("quarkus.datasource.password"));
            PrivateKey key = BenchTokens.privateKey(environment.workDir().resolve("jwt-private.pem"));
            List<UUID> skus;
            UUID hot;
            UUID race;
            try (Connection connection = db.open()) {
                say("database: %s", BenchServer.scalar(connection, "select version()"));
                UUID merchant = UUID.randomUUID();
                skus = products(connection, merchant, SKUS, AMPLE_STOCK);
                hot = products(connection, merchant, 1, HOT_STOCK).get(0);
                race = products(connection, merchant, 1, raceStock).get(0);
                customers = customers(connection, clients, key);
                say("created %d SKUs (+1 hot, +1 race) of merchant %s, %d ACTIVE accounts with buyer tokens", SKUS, merchant,
                        customers.size());
                cpu = new CpuMeter(server.toHandle(), BenchServer.postmaster(connection));
            }

            Result none = scenario("a) no contention: 1 unit of a random SKU of " + SKUS, skus,
                    () -> skus.get(ThreadLocalRandom.current().nextInt(skus.size())));
            Result same = scenario("b) contention: 1 unit of the same SKU", List.of(hot), () -> hot);
            Result race1 = race(race);

            section("Results");
            say("load after: %s", Machine.loadAverage());
            System.out.println(table(List.of(none, same, race1)));
            dynamo.close();
        }
        say("all servers stopped");
    }

    /** Warm-up, then the measured run, with the stock/order invariant checked over both together. */
    private Result scenario(String name, List<UUID> skus, Supplier<UUID> pick) throws Exception {
        section("Scenario " + name);
        Snapshot before = snapshot(skus);
        say("load before: %s", Machine.loadAverage());
        Run warm = load(warmup, pick, false);
        say("warm-up (%.0f s): %s", warmup, warm.summary());
        double[] cpuBefore = cpu.sample();
        double motoBefore = CpuMeter.moto();
        Run measured;
        WaitSampler.Counts waits;
        try (Machine.LoadSampler loadSampler = new Machine.LoadSampler(); WaitSampler sampler = new WaitSampler(db.open())) {
            measured = load(seconds, pick, false);
            waits = sampler.counts();
            double[] cpuAfter = cpu.sample();
            say("measured: %s", measured.summary());
            say("    %s, moto %.1f s (%.2f ms/checkout); %s", CpuMeter.describe(cpuBefore, cpuAfter, measured.attempts()),
                    CpuMeter.moto() - motoBefore, (CpuMeter.moto() - motoBefore) * 1000 / Math.max(1, measured.attempts()), loadSampler.summary());
            measured.load = loadSampler.summary();
        }
        say("    PostgreSQL client backends with a statement running, sampled every 50 ms (%d samples): %s", waits.samples(),
                waits.describe());
        Snapshot after = snapshot(skus);
        String invariant = after.check(before, warm.created.sum() + measured.created.sum());
        say("invariant: %s", invariant);
        say("load after: %s", Machine.loadAverage());
        return new Result(name, measured, invariant);
    }

    /** Every client buys 1 unit of the race SKU until it is sold out: exactly {@link #raceStock} successes. */
    private Result race(UUID sku) throws Exception {
        String name = "c) stock-out race: " + raceStock + " units, " + clients + " clients until sold out";
        section("Scenario " + name);
        Snapshot before = snapshot(List.of(sku));
        Run run = load(60, () -> sku, true);
        Snapshot after = snapshot(List.of(sku));
        say("run: %s", run.summary());
        String invariant = after.check(before, run.created.sum()) + "; successes " + run.created.sum() + " of " + raceStock
                + (run.created.sum() == raceStock && after.stock == 0 ? " (exactly the stock)" : " (WRONG)");
        say("invariant: %s", invariant);
        return new Result(name, run, invariant);
    }

    /** Closed loop: client i (account i) writes its cart, then checks out; until time is up or, racing, sold out. */
    private Run load(double duration, Supplier<UUID> pick, boolean untilSoldOut) throws Exception {
        Run run = new Run();
        long end = System.nanoTime() + (long) (duration * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Customer customer = customers.get(i);
                futures.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        UUID sku = pick.get();
                        long t0 = System.nanoTime();
                        try {
                            writeCart(customer.id(), sku);
                        } catch (Exception e) {
                            run.error("cart write: " + e.getClass().getSimpleName());
                            continue;
                        }
                        long t1 = System.nanoTime();
                        run.cart.add(t1 - t0);
                        HttpResponse<String> response;
                        try {
                            response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/orders/checkout"))
                                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + customer.token())
                                    .header("Content-Type", "application/json").header("Accept", "application/json")
                                    .header("Idempotency-Key", UUID.randomUUID().toString())
                                    .POST(HttpRequest.BodyPublishers.ofString(CHECKOUT_BODY)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                        } catch (Exception e) {
                            run.error("checkout: " + e.getClass().getSimpleName());
                            continue;
                        }
                        long t2 = System.nanoTime();
                        if (response.statusCode() == 201) {
                            run.created.increment();
                            run.checkout.add(t2 - t1);
                        } else if (response.statusCode() == 409) {
                            String type = problemType(response.body());
                            run.conflicts.computeIfAbsent(type, k -> new LongAdder()).increment();
                            run.conflictNanos.add(t2 - t1);
                            if (untilSoldOut && type.equals("insufficient-stock")) {
                                return null;
                            }
                        } else {
                            run.error("HTTP " + response.statusCode() + " " + problemType(response.body()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        run.seconds = (System.nanoTime() - started) / 1e9;
        return run;
    }

    /**
     * Writes the customer's cart item as the cart area would (cart contract): one selected line of 1 unit, version
     * bumped conditionally on the version read.
     */
    private void writeCart(UUID accountId, UUID sku) {
        Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("user#" + accountId));
        Map<String, AttributeValue> current = dynamo.getItem(r -> r.tableName(cartsTable).key(key).consistentRead(true)).item();
        long now = System.currentTimeMillis();
        Map<String, AttributeValue> line = Map.of("quantity", AttributeValue.fromN("1"), "selected", AttributeValue.fromBool(true),
                "addedPriceMinor", AttributeValue.fromN(Long.toString(PRICE_MINOR)), "currency", AttributeValue.fromS("CNY"),
                "addedAt", AttributeValue.fromN(Long.toString(now)));
        boolean exists = current != null && !current.isEmpty();
        long version = exists ? Long.parseLong(current.get("version").n()) + 1 : 1;
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(cartsTable).item(Map.of("id", key.get("id"),
                "lines", AttributeValue.fromM(Map.of(sku.toString(), AttributeValue.fromM(line))),
                "version", AttributeValue.fromN(Long.toString(version)), "updatedAt", AttributeValue.fromN(Long.toString(now))));
        if (exists) {
            put.conditionExpression("version = :read").expressionAttributeValues(Map.of(":read", current.get("version")));
        } else {
            put.conditionExpression("attribute_not_exists(id)");
        }
        dynamo.putItem(put.build());
    }

    private static String problemType(String body) {
        int at = body.indexOf("\"type\"");
        if (at < 0) {
            return body.length() > 80 ? body.substring(0, 80) : body;
        }
        int start = body.indexOf('"', body.indexOf(':', at) + 1) + 1;
        String type = body.substring(start, body.indexOf('"', start));
        return type.substring(type.lastIndexOf('/') + 1);
    }

    /** Approved, listed products of the merchant with one SKU each (category 6, CNY); returns the SKU ids. */
    private static List<UUID> products(Connection connection, UUID merchant, int count, int stock) throws SQLException {
        List<UUID> skus = new ArrayList<>();
        connection.setAutoCommit(false);
        try (PreparedStatement product = connection.prepareStatement("insert into products (id, merchant_id, category_id, name, "
                + "slug, currency, status, listed, created_at, updated_at) values (?, ?, 6, ?, ?, 'CNY', 'APPROVED', "
                + "true, now(), now())");
                PreparedStatement sku = connection.prepareStatement("insert into skus (id, product_id, attributes, price_minor, "
                        + "stock, position) values (?, ?, '{\"colour\":\"red\"}'::jsonb, ?, ?, 0)")) {
            for (int i = 0; i < count; i++) {
                UUID productId = UUID.randomUUID();
                UUID skuId = UUID.randomUUID();
                product.setObject(1, productId);
                product.setObject(2, merchant);
                product.setString(3, "Checkout bench item " + i);
                product.setString(4, "bench-" + productId);
                product.addBatch();
                sku.setObject(1, skuId);
                sku.setObject(2, productId);
                sku.setLong(3, PRICE_MINOR);
                sku.setInt(4, stock);
                sku.addBatch();
                skus.add(skuId);
            }
            product.executeBatch();
            sku.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        return skus;
    }

    /** ACTIVE accounts (identity's table) and access tokens for them, as identity would issue to an activated buyer. */
    private static List<Customer> customers(Connection connection, int count, PrivateKey key) throws SQLException {
        List<Customer> customers = new ArrayList<>();
        try (PreparedStatement account = connection.prepareStatement("insert into accounts (id, email, password_hash, display_name, "
                + "status, created_at, updated_at) values (?, ?, 'not-a-hash', 'Bench Shopper', 'ACTIVE', now(), now())")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                account.setObject(1, id);
                account.setString(2, "bench-" + id + "@example.com");
                account.executeUpdate();
                customers.add(new Customer(id, BenchTokens.buyer(key, id)));
            }
        }
        return customers;
    }

    private Snapshot snapshot(List<UUID> skus) throws SQLException {
        try (Connection connection = db.open(); PreparedStatement statement = connection.prepareStatement("""
                select (select coalesce(sum(stock), 0) from skus where id = any(?)),
                       (select count(*) from orders),
                       (select count(*) from checkouts),
                       (select coalesce(sum(quantity), 0) from order_lines where sku_id = any(?))""")) {
            java.sql.Array ids = connection.createArrayOf("uuid", skus.toArray());
            statement.setArray(1, ids);
            statement.setArray(2, ids);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Snapshot(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
            }
        }
    }

    private String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | s | checkouts 201 | req/s | p50 ms | p99 ms | max ms | 409 | other errors | cart write p50 ms "
                + "| cart write p99 ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            Latencies checkout = r.run().checkoutLatencies();
            Latencies cart = r.run().cartLatencies();
            out.append(String.format("| %s | %.1f | %d | %.1f | %.1f | %.1f | %.1f | %s | %d | %.1f | %.1f |%n", r.name(),
                    r.run().seconds, r.run().created.sum(), checkout.throughput(), checkout.percentileMillis(50),
                    checkout.percentileMillis(99), checkout.percentileMillis(100), r.run().conflictSummary(),
                    r.run().errorCount(), cart.percentileMillis(50), cart.percentileMillis(99)));
        }
        out.append("\n");
        for (Result r : results) {
            out.append("- ").append(r.name()).append(": ").append(r.invariant()).append("\n");
        }
        return out.toString();
    }

    private record Customer(UUID id, String token) {
    }

    private record Result(String name, Run run, String invariant) {
    }

    /** Stock of the scenario's SKUs, all orders and checkouts, units ordered of the SKUs. */
    private record Snapshot(long stock, long orders, long checkouts, long unitsOrdered) {
        String check(Snapshot before, long successes) {
            long sold = before.stock - stock;
            boolean ok = sold == successes && orders - before.orders == successes
                    && checkouts - before.checkouts == successes && unitsOrdered - before.unitsOrdered == successes;
            return String.format("%s: successful checkouts %d; stock %d -> %d (-%d), orders +%d, "
                    + "checkouts +%d, units in order lines +%d", ok ? "OK" : "VIOLATED", successes, before.stock, stock, sold,
                    orders - before.orders, checkouts - before.checkouts,
                    unitsOrdered - before.unitsOrdered);
        }
    }

    /** What the clients of one run saw. */
    private static final class Run {
        final LongAdder created = new LongAdder();
        final Samples checkout = new Samples();
        final Samples conflictNanos = new Samples();
        final Samples cart = new Samples();
        final Map<String, LongAdder> conflicts = new ConcurrentHashMap<>();
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        volatile double seconds;
        volatile String load = "";

        void error(String kind) {
            errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }

        long attempts() {
            return created.sum() + conflictNanos.size() + errorCount();
        }

        long errorCount() {
            return errors.values().stream().mapToLong(LongAdder::sum).sum();
        }

        Latencies checkoutLatencies() {
            return new Latencies(checkout.toArray(), seconds, errorCount());
        }

        Latencies cartLatencies() {
            return new Latencies(cart.toArray(), seconds, 0);
        }

        String conflictSummary() {
            return conflicts.isEmpty() ? "0" : new TreeMap<>(conflicts).toString();
        }

        String summary() {
            Latencies c = checkoutLatencies();
            Latencies w = cartLatencies();
            Latencies conflict = new Latencies(conflictNanos.toArray(), seconds, 0);
            return String.format("%.1f s: %d checkouts 201 (%.1f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms; 409 %s%s; "
                    + "other errors %d %s; cart writes %d, p50 %.1f ms, p99 %.1f ms", seconds, created.sum(), c.throughput(),
                    c.percentileMillis(50), c.percentileMillis(99), c.percentileMillis(100), conflictSummary(),
                    conflict.count() == 0 ? "" : String.format(" (p50 %.1f ms)", conflict.percentileMillis(50)), errorCount(),
                    errors.isEmpty() ? "" : new TreeMap<>(errors).toString(), w.count(), w.percentileMillis(50),
                    w.percentileMillis(99));
        }
    }

    /** Latency samples appended by several threads. */
    private static final class Samples {
        private final List<Long> values = new ArrayList<>();

        synchronized void add(long nanos) {
            values.add(nanos);
        }

        synchronized int size() {
            return values.size();
        }

        synchronized long[] toArray() {
            return values.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /**
     * Samples pg_stat_activity every 50 ms: what the client backends with a statement running are waiting for (row
     * lock of another transaction, WAL flush at commit, client read, or nothing = on CPU), to say where checkout's
     * database time goes without pg_stat_statements.
     */
    private static final class WaitSampler implements AutoCloseable {
        private final Connection connection;
        private final Map<String, Long> counts = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;
        private volatile long samples;

        record Counts(long samples, Map<String, Long> byWait) {
            String describe() {
                List<Map.Entry<String, Long>> entries = new ArrayList<>(byWait.entrySet());
                entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
                List<String> parts = new ArrayList<>();
                for (Map.Entry<String, Long> e : entries) {
                    parts.add(String.format("%s %.2f", e.getKey(), samples == 0 ? 0.0 : e.getValue() / (double) samples));
                }
                return "average backends per sample: " + String.join(", ", parts);
            }
        }

        WaitSampler(Connection connection) {
            this.connection = connection;
            this.thread = new Thread(this::sample, "pg-wait-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            try (Statement statement = connection.createStatement()) {
                while (running.get()) {
                    try (ResultSet rows = statement.executeQuery("select coalesce(wait_event_type || ':' || wait_event, 'on CPU'), "
                            + "count(*) from pg_stat_activity where backend_type = 'client backend' and state = 'active' "
                            + "and pid <> pg_backend_pid() group by 1")) {
                        while (rows.next()) {
                            counts.merge(rows.getString(1), rows.getLong(2), Long::sum);
                        }
                    }
                    samples++;
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                System.out.println("wait sampling stopped: " + e.getMessage());
            }
        }

        Counts counts() {
            running.set(false);
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Counts(samples, new HashMap<>(counts));
        }

        @Override
        public void close() throws SQLException {
            running.set(false);
            connection.close();
        }
    }

    private record Jdbc(String url, String user, String password) {
        Connection open() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }
}
