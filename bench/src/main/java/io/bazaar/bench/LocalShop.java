package io.bazaar.bench;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPOutputStream;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Another shop, served on 127.0.0.1 by the JDK's HTTP server, for the crawl and import benchmarks: {@code products}
 * JSON-LD product pages of 50-200 KB ({@link ShopPages}, two images each: one of the product's own, one of five shared),
 * a robots.txt naming the sitemap, and the sitemap. Pages carry an ETag and answer a matching If-None-Match with 304;
 * they are sent gzip'd (compressed once at start) when the client accepts it, as shops do. Counts what it served.
 */
final class LocalShop implements AutoCloseable {

    /** One page as served: plain and gzip'd bytes with their ETags. */
    private record Served(byte[] plain, String plainEtag, byte[] gzip, String gzipEtag) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final int products;
    private final String base;
    private final List<Served> pages;
    private final Map<String, byte[]> images = new ConcurrentHashMap<>();
    private final LongAdder fullPages = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAdder imagesServed = new LongAdder();
    private final LongAdder other = new LongAdder();
    private final LongAdder bytesSent = new LongAdder();

    private LocalShop(int products) throws IOException {
        this.products = products;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        this.base = "http://127.0.0.1:" + server.getAddress().getPort();
        this.pages = ShopPages.generate(ShopPages.Kind.JSON_LD, products, base).stream().map(page -> {
            byte[] gzip = gzip(page.body());
            String tag = sha256(page.body()).substring(0, 20);
            return new Served(page.body(), "\"" + tag + "\"", gzip, "\"" + tag + "-gzip\"");
        }).toList();
        this.threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "local-shop");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /**
     * Generates the pages and starts serving them on a free port. With TCP_NODELAY, as web servers set it: the JDK's
     * server writes headers and body separately, and without it every page waits ~40 ms for the client's delayed ACK.
     * (Read once, when the JDK's server first starts in this JVM.)
     */
    static LocalShop start(int products) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        return new LocalShop(products);
    }

    String base() {
        return base;
    }

    String sitemapUrl() {
        return base + "/sitemap.xml";
    }

    long pageBytes() {
        return pages.stream().mapToLong(p -> p.plain().length).sum();
    }

    long gzipBytes() {
        return pages.stream().mapToLong(p -> p.gzip().length).sum();
    }

    void resetCounts() {
        fullPages.reset();
        notModified.reset();
        imagesServed.reset();
        other.reset();
        bytesSent.reset();
    }

    long fullPages() {
        return fullPages.sum();
    }

    long notModified() {
        return notModified.sum();
    }

    long bytesSent() {
        return bytesSent.sum();
    }

    /** What was served since the last reset. */
    String served() {
        return String.format("served: product pages 200 %d, 304 %d; images %d; robots/sitemap/other %d; %.1f MB sent",
                fullPages.sum(), notModified.sum(), imagesServed.sum(), other.sum(), bytesSent.sum() / 1e6);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/p/")) {
                page(exchange, path);
            } else if (path.startsWith("/img/") && path.endsWith(".png")) {
                byte[] png = images.computeIfAbsent(path, LocalShop::png);
                imagesServed.increment();
                send(exchange, 200, "image/png", png);
            } else if (path.equals("/robots.txt")) {
                other.increment();
                send(exchange, 200, "text/plain", ("User-agent: *\nDisallow: /cart/\nSitemap: " + sitemapUrl() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/sitemap.xml")) {
                other.increment();
                StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
                for (int n = 0; n < products; n++) {
                    xml.append("<url><loc>").append(base).append("/p/").append(n).append("</loc><lastmod>2026-11-01</lastmod></url>\n");
                }
                send(exchange, 200, "application/xml", xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8));
            } else {
                other.increment();
                send(exchange, 404, "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void page(HttpExchange exchange, String path) throws IOException {
        int n;
        try {
            n = Integer.parseInt(path.substring("/p/".length()));
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n >= products) {
            other.increment();
            send(exchange, 404, "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Served page = pages.get(n);
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        boolean gzip = accept != null && accept.toLowerCase().contains("gzip");
        String etag = gzip ? page.gzipEtag() : page.plainEtag();
        exchange.getResponseHeaders().add("ETag", etag);
        exchange.getResponseHeaders().add("Vary", "Accept-Encoding");
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.increment();
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        fullPages.increment();
        if (gzip) {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        send(exchange, 200, "text/html; charset=utf-8", gzip ? page.gzip() : page.plain());
    }

    private void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        bytesSent.add(body.length);
    }

    /** A 16x16 PNG whose colour comes from the path: each product's own image differs, shared ones are shared. */
    private static byte[] png(String path) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        int rgb = new Color(path.hashCode() & 0xFFFFFF).getRGB();
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? rgb : ~rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
