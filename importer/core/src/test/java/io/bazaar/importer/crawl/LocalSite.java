package io.bazaar.importer.crawl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A shop on 127.0.0.1 for the crawler tests: each test mounts the pages it needs. Requests are recorded with their
 * headers and arrival time, to check the crawler's manners.
 */
final class LocalSite implements AutoCloseable {

    /** Answers one request. */
    interface Page {
        void serve(HttpExchange exchange) throws IOException;
    }

    /** A request as the site saw it. */
    record Request(String path, Map<String, List<String>> headers, long nanoTime) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    LocalSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    URI url(String path) {
        return URI.create(base() + path);
    }

    LocalSite mount(String path, Page page) {
        pages.put(path, page);
        return this;
    }

    LocalSite html(String path, String html) {
        return mount(path, exchange -> send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(new Request(path, Map.copyOf(exchange.getRequestHeaders()), System.nanoTime()));
            Page page = pages.get(path);
            if (page == null) {
                send(exchange, 404, "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
            } else {
                page.serve(exchange);
            }
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
