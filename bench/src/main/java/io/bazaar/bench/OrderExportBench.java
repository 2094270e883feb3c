package io.bazaar.bench;

import static io.bazaar.bench.BenchConsole.logToConsole;
import static io.bazaar.bench.BenchConsole.say;
import static io.bazaar.bench.BenchConsole.section;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.localenv.LocalEnvironment;

/**
 * The 100,000-order export in bounded memory: seeds a merchant's orders with their lines into a real PostgreSQL, runs
 * the server jar with a small heap ({@code -Xmx256m} unless {@code bench.server.heap} says otherwise), asks for a CSV
 * and an XLSX export through the API and follows them as the console does, while the server's heap is read over JMX
 * (its {@link MemoryMXBean} every 100 ms, and the heap pools' peak usage, reset before each export). The files are
 * downloaded through their presigned URLs from moto and checked (CSV: one row per line, header included).
 */
public final class OrderExportBench {

    static {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int orders;
    private final List<String> formats;
    private HttpClient http;
    private String base;
    private String token;

    private OrderExportBench(int orders, List<String> formats) {
        this.orders = orders;
        this.formats = formats;
    }

    public static void main(String[] args) throws Exception {
        logToConsole();
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<String> formats = args.length > 1 ? List.of(args[1].toUpperCase().split(",")) : List.of("CSV", "XLSX");
        new OrderExportBench(orders, formats).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path serverJar = BenchServer.jar();
        Path work = BenchServer.workDir();
        String heap = System.getProperty("bench.server.heap", "256m");
        int jmxPort = BenchServer.freePort();
        // the server's own options: a small heap, and JMX on the loopback only, for the heap readings
        System.setProperty("bench.server.java-options", (System.getProperty("bench.server.java-options", "") + " -Xmx" + heap
                + " -Dcom.sun.management.jmxremote.port=" + jmxPort + " -Dcom.sun.management.jmxremote.rmi.port=" + jmxPort
                + " -Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false"
                + " -Dcom.sun.management.jmxremote.local.only=true -Djava.rmi.server.hostname=127.0.0.1").strip());
        section("Setup");
        say("orders=%d formats=%s server heap -Xmx%s", orders, formats, heap);
        say("machine: %s", Machine.describe());
        say("load before: %s", Machine.loadAverage());
        try (LocalEnvironment environment = LocalEnvironment.start(work)) {
            Map<String, String> config = environment.quarkusConfig();
            int port = BenchServer.freePort();
            Process server = BenchServer.start(serverJar, config, port, work.resolve("server.log"));
            environment.closeFirst(() -> BenchServer.stop(server));
            base = "http://127.0.0.1:" + port;
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            BenchServer.awaitReady(http, base, server);
            say("server ready on %s (log %s)", base, work.resolve("server.log"));
            PrivateKey key = BenchTokens.privateKey(environment.workDir().resolve("jwt-private.pem"));
            UUID merchant = UUID.randomUUID();
            token = BenchTokens.merchantStaff(key, merchant, "orders");
            try (Connection db = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
                say("database: %s", BenchServer.scalar(db, "select version()"));
                long started = System.nanoTime();
                long lines = seed(db, merchant);
                say("seeded %,d orders with %,d lines of merchant %s (and 1,000 customer accounts) in %.1f s", orders, lines,
                        merchant, (System.nanoTime() - started) / 1e9);
            }
            List<String> results = new ArrayList<>();
            try (JMXConnector jmx = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"))) {
                MBeanServerConnection beans = jmx.getMBeanServerConnection();
                for (String format : formats) {
                    results.add(export(beans, format));
                }
            }
            section("Results");
            say("load after: %s", Machine.loadAverage());
            System.out.println("| format | orders | lines (rows) | file | time (server: started → finished) | time (client: request → DONE seen) | heap used before (after GC) | peak heap used (sampled every 100 ms) | sum of heap pools' peaks | largest heap right after a GC | max heap |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            results.forEach(System.out::println);
        }
        say("all servers stopped");
    }

    /** 1,000 customer accounts; the orders (a quarter in Chinese, 1-3 lines each) over the last 200 days. */
    private long seed(Connection db, UUID merchant) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("insert into accounts (id, email, phone, password_hash, display_name, status, created_at, updated_at) "
                    + "select md5('bench-account-' || i)::uuid, 'bench-shopper-' || i || '@example.com', "
                    + "'+861380000' || lpad(i::text, 4, '0'), 'not-a-hash', null, 'ACTIVE', now(), now() "
                    + "from generate_series(0, 999) i on conflict do nothing");
            s.execute("insert into checkouts (id, account_id, idempotency_key, request_hash, currency, grand_total_minor, created_at) "
                    + "select md5('bench-checkout-' || i)::uuid, md5('bench-account-' || i)::uuid, 'bench-' || i, "
                    + "repeat('0', 64), 'CNY', 0, now() from generate_series(0, 999) i on conflict do nothing");
        }
        String orderSql = """
                insert into orders (number, checkout_id, account_id, merchant_id, status, currency, items_minor,
                    discount_minor, shipping_minor, total_minor, ship_to, payment_method, carrier, tracking_number,
                    created_at, updated_at, paid_at, shipped_at)
                select number, md5('bench-checkout-' || (g % 1000))::uuid, md5('bench-account-' || (g % 1000))::uuid, ?,
                       status, 'CNY', items, 0, 0, items,
                       jsonb_build_object('name', case when g % 4 = 0 then '李雷' || g else 'Shopper ' || g end,
                           'phone', '+86 138 ' || lpad((g % 100000000)::text, 8, '0'), 'country', 'CN',
                           'region', 'Zhejiang', 'city', 'Hangzhou', 'postalCode', '310000',
                           'line1', g || ' West Lake Road, building ' || (g % 50), 'line2', ''),
                       'sandbox-card', case when status in ('SHIPPED', 'COMPLETED') then 'SF Express' end,
                       case when status in ('SHIPPED', 'COMPLETED') then 'SF' || lpad(g::text, 12, '0') end,
                       placed, placed, case when status <> 'AWAITING_PAYMENT' then placed end,
                       case when status in ('SHIPPED', 'COMPLETED') then placed + interval '1 day' end
                from (select g, 'BENCH' || lpad(g::text, 15, '0') as number,
                             now() - (g * interval '173 seconds') as placed,
                             (array['PAID', 'PAID', 'SHIPPED', 'COMPLETED', 'COMPLETED', 'AWAITING_PAYMENT', 'PAID', 'SHIPPED',
                                    'COMPLETED', 'PAID'])[1 + g % 10] as status,
                             (select sum((500 + (g * 7 + k * 13) % 20000) * (1 + (g + k) % 3))
                                from generate_series(1, 1 + g % 3) k) as items
                      from generate_series(?, ?) g) o""";
        String lineSql = """
                insert into order_lines (order_number, line_no, sku_id, product_id, merchant_id, product_name, sku_attributes,
                    unit_price_minor, quantity, line_total_minor)
                select 'BENCH' || lpad(g::text, 15, '0'), k, md5('bench-sku-' || (g + k) % 500)::uuid,
                       md5('bench-product-' || (g + k) % 200)::uuid, ?,
                       case when k % 2 = 0 then '蓝牙耳机 ' || (g + k) % 200 else 'Wireless headphones ' || (g + k) % 200 end,
                       jsonb_build_object('colour', (array['red', 'blue', 'black'])[1 + (g + k) % 3], 'size', 'M'),
                       500 + (g * 7 + k * 13) % 20000, 1 + (g + k) % 3, (500 + (g * 7 + k * 13) % 20000) * (1 + (g + k) % 3)
                from generate_series(?, ?) g, generate_series(1, 1 + g % 3) k""";
        int step = 10_000;
        for (int from = 1; from <= orders; from += step) {
            int to = Math.min(orders, from + step - 1);
            try (PreparedStatement o = db.prepareStatement(orderSql); PreparedStatement l = db.prepareStatement(lineSql)) {
                o.setObject(1, merchant);
                o.setInt(2, from);
                o.setInt(3, to);
                o.executeUpdate();
                l.setObject(1, merchant);
                l.setInt(2, from);
                l.setInt(3, to);
                l.executeUpdate();
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("analyze orders");
            s.execute("analyze order_lines");
        }
        return Long.parseLong(BenchServer.scalar(db, "select count(*) from order_lines where merchant_id = '" + merchant + "'"));
    }

    private String export(MBeanServerConnection beans, String format) throws Exception {
        section("Export " + format);
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(beans, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (var name : beans.queryNames(new javax.management.ObjectName(ManagementFactory.MEMORY_POOL_MXBEAN_DOMAIN_TYPE + ",*"), null)) {
            MemoryPoolMXBean pool = ManagementFactory.newPlatformMXBeanProxy(beans, name.toString(), MemoryPoolMXBean.class);
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long max = memory.getHeapMemoryUsage().getMax();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        say("heap used after a GC: %s of max %s; load %s", mib(before), mib(max), Machine.loadAverage());

        List<com.sun.management.GarbageCollectorMXBean> collectors = new ArrayList<>();
        for (var name : beans.queryNames(new javax.management.ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*"), null)) {
            collectors.add(ManagementFactory.newPlatformMXBeanProxy(beans, name.toString(),
                    com.sun.management.GarbageCollectorMXBean.class));
        }
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        pools.forEach(p -> heapPools.add(p.getName()));
        AtomicLong peak = new AtomicLong(before);
        AtomicLong peakAfterGc = new AtomicLong(0);
        Thread sampler = new Thread(() -> {
            java.util.Map<String, Long> seen = new java.util.HashMap<>();
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    // the heap right after each collection the server made since the last sample: what was still reachable
                    for (var collector : collectors) {
                        var gc = collector.getLastGcInfo();
                        if (gc != null && !Long.valueOf(gc.getId()).equals(seen.put(collector.getName(), gc.getId()))) {
                            long after = gc.getMemoryUsageAfterGc().entrySet().stream()
                                    .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                            peakAfterGc.accumulateAndGet(after, Math::max);
                        }
                    }
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // the server is busy; the next sample counts
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        long requested = System.nanoTime();
        JsonNode created = call("POST", "/api/merchant/order-exports", "{\"format\":\"" + format + "\"}");
        String id = created.path("id").asText();
        JsonNode export;
        long lastReport = 0;
        while (true) {
            export = call("GET", "/api/merchant/order-exports/" + id, null);
            String state = export.path("state").asText();
            if (state.equals("DONE") || state.equals("FAILED")) {
                break;
            }
            if (System.nanoTime() - lastReport > 5_000_000_000L) {
                say("  %s: %s / %s orders", state, export.path("ordersDone").asText(), export.path("rowsTotal").asText());
                lastReport = System.nanoTime();
            }
            Thread.sleep(250);
        }
        double clientSeconds = (System.nanoTime() - requested) / 1e9;
        sampler.interrupt();
        sampler.join();
        long poolPeaks = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (!export.path("state").asText().equals("DONE")) {
            say("FAILED: %s", export.path("error").asText());
            return "| " + format + " | FAILED: " + export.path("error").asText() + " ||||||||||";
        }
        double serverSeconds = Duration.between(Instant.parse(export.path("startedAt").asText()),
                Instant.parse(export.path("finishedAt").asText())).toMillis() / 1000.0;
        long size = export.path("sizeBytes").asLong();
        long lines = export.path("linesWritten").asLong();
        String check = verify(format, export.path("downloadUrl").asText(), size, lines);
        say("done: %s orders, %s lines, %s; server %.1f s, client %.1f s; peak heap used %s (pools' peaks %s), "
                + "largest heap after a GC %s; %s", export.path("ordersDone").asText(), lines, mib(size), serverSeconds,
                clientSeconds, mib(peak.get()), mib(poolPeaks), mib(peakAfterGc.get()), check);
        return String.format("| %s | %,d | %,d | %s | %.1f s | %.1f s | %s | %s | %s | %s | %s |", format,
                export.path("ordersDone").asLong(), lines, mib(size), serverSeconds, clientSeconds, mib(before),
                mib(peak.get()), mib(poolPeaks), mib(peakAfterGc.get()), mib(max));
    }

    /** Downloads the file through its presigned URL: the size must match; a CSV must have one row per line plus a header. */
    private String verify(String format, String url, long size, long lines) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long rows = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = response.body()) {
            int previous = -1;
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n' && previous == '\r') {
                        rows++;
                    }
                    previous = buffer[i];
                }
            }
        }
        boolean ok = response.statusCode() == 200 && bytes == size && (!format.equals("CSV") || rows == lines + 1);
        return (ok ? "download ok" : "download WRONG") + " (HTTP " + response.statusCode() + ", " + bytes + " bytes"
                + (format.equals("CSV") ? ", " + rows + " records" : "") + ")";
    }

    private JsonNode call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("authorization", "Bearer " + token).header("content-type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if ("POST".equals(method)) {
            // every retryable write takes one, as the console sends it
            request.header("Idempotency-Key", "bench-" + java.util.UUID.randomUUID());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1048576.0);
    }
}
