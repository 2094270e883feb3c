package io.bazaar.catalog.imports;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.bazaar.platform.crypto.Sha256;

/**
 * Another shop, served over HTTP on 127.0.0.1 for the import tests: {@code products} product pages with JSON-LD
 * (every tenth a product group with colour variants), pages sharing five images, a robots.txt that names the
 * sitemap and disallows /private/, and a sitemap that also lists a missing page, a page without a product and a
 * disallowed one. Pages answer conditional GETs with 304; prices and names can be changed while it runs.
 */
final class TestShop implements AutoCloseable {

    private final HttpServer server;
    private final int products;
    private final Map<Integer, BigDecimal> prices = new ConcurrentHashMap<>();
    private final Map<Integer, String> names = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    TestShop(int products) {
        this.products = products;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String productUrl(int n) {
        return base() + "/p/" + n;
    }

    void setPrice(int n, String price) {
        prices.put(n, new BigDecimal(price));
    }

    void setName(int n, String name) {
        names.put(n, name);
    }

    static String defaultPrice(int n) {
        return BigDecimal.valueOf(1000 + n * 10L, 2).toPlainString();
    }

    /** Full responses (200) served for this path so far; 304s do not count. */
    int fullResponses(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.equals("/robots.txt")) {
                send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\nSitemap: " + base() + "/sitemap.xml\n");
            } else if (path.equals("/sitemap.xml")) {
                send(exchange, 200, "application/xml", sitemap());
            } else if (path.equals("/")) {
                send(exchange, 200, "text/html", "<html><head><title>Test shop</title></head><body><h1>Test shop</h1>"
                        + "<a href=\"/about\">About</a></body></html>");
            } else if (path.equals("/about")) {
                send(exchange, 200, "text/html", "<html><head><title>About us</title></head><body><p>We sell things.</p></body></html>");
            } else if (path.startsWith("/img/")) {
                int k = Integer.parseInt(path.substring("/img/".length(), path.indexOf(".png")));
                send(exchange, 200, "image/png", png(k + 1));
            } else if (path.startsWith("/p/")) {
                int n = Integer.parseInt(path.substring("/p/".length()));
                if (n < 0 || n >= products) {
                    send(exchange, 404, "text/html", "<html><body>Not found</body></html>");
                    return;
                }
                byte[] page = page(n).getBytes(StandardCharsets.UTF_8);
                String etag = "\"" + Sha256.hex(page).substring(0, 16) + "\"";
                exchange.getResponseHeaders().add("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                send(exchange, 200, "text/html; charset=utf-8", page);
            } else {
                send(exchange, 404, "text/html", "<html><body>Not found</body></html>");
            }
        }
    }

    private String sitemap() {
        String urls = IntStream.range(0, products).mapToObj(n -> "<url><loc>" + productUrl(n) + "</loc></url>")
                .collect(Collectors.joining());
        String bad = "<url><loc>" + productUrl(products + 1) + "</loc></url><url><loc>" + base() + "/about</loc></url>"
                + "<url><loc>" + base() + "/private/p/1</loc></url>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + urls + bad + "</urlset>";
    }

    private String page(int n) {
        String name = names.getOrDefault(n, "Test Product " + n);
        String price = prices.getOrDefault(n, new BigDecimal(defaultPrice(n))).toPlainString();
        String image = base() + "/img/" + (n % 5) + ".png";
        String breadcrumbs = "{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
                + "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\"},"
                + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"" + (n % 2 == 0 ? "Clothing" : "Audio") + "\"}]}";
        String product;
        if (n % 10 == 0) {
            product = "{\"@type\":\"ProductGroup\",\"name\":\"" + name + "\",\"brand\":\"Brand " + (n % 3) + "\","
                    + "\"image\":\"" + image + "\",\"description\":\"Variant product " + n + ".\","
                    + "\"variesBy\":[\"https://schema.org/color\"],\"hasVariant\":["
                    + variant(n, "Red", price, "InStock") + "," + variant(n, "Blue", price, "OutOfStock") + "]}";
        } else {
            product = "{\"@type\":\"Product\",\"name\":\"" + name + "\",\"sku\":\"TP-" + n + "\",\"brand\":{\"@type\":\"Brand\","
                    + "\"name\":\"Brand " + (n % 3) + "\"},\"image\":[\"" + image + "\"],"
                    + "\"description\":\"A fine product number " + n + ".\",\"offers\":{\"@type\":\"Offer\",\"price\":\"" + price
                    + "\",\"priceCurrency\":\"EUR\",\"availability\":\"https://schema.org/InStock\"}}";
        }
        return "<!doctype html><html><head><title>" + name + "</title><link rel=\"canonical\" href=\"" + productUrl(n) + "\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[" + product + ","
                + breadcrumbs + "]}</script></head><body><h1>" + name + "</h1></body></html>";
    }

    private static String variant(int n, String colour, String price, String availability) {
        return "{\"@type\":\"Product\",\"sku\":\"TP-" + n + "-" + colour.toUpperCase() + "\",\"color\":\"" + colour + "\","
                + "\"offers\":{\"@type\":\"Offer\",\"price\":\"" + price + "\",\"priceCurrency\":\"EUR\","
                + "\"availability\":\"https://schema.org/" + availability + "\"}}";
    }

    private static byte[] png(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    List<Integer> all() {
        return IntStream.range(0, products).boxed().toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
