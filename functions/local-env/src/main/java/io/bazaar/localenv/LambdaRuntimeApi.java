package io.bazaar.localenv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Lambda Runtime API (version 2018-06-01) that AWS serves to a function's runtime: the runtime asks for the next
 * invocation, answers it or reports its error, or reports that init failed. Tests of a packaged function hand it
 * events here, so the function runs exactly as its managed runtime drives it in AWS.
 */
public final class LambdaRuntimeApi implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "lambda-runtime-api");
        thread.setDaemon(true);
        return thread;
    });
    private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<String>> answers = new ConcurrentHashMap<>();
    private final CompletableFuture<Instant> firstPoll = new CompletableFuture<>();
    private volatile String initError;

    private record Invocation(String requestId, String event) {
    }

    /** Raised when the function answered an invocation with an error report instead of a response. */
    public static final class FunctionError extends RuntimeException {
        public FunctionError(String report) {
            super(report);
        }
    }

    private LambdaRuntimeApi(HttpServer server) {
        this.server = server;
        server.setExecutor(threads);
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** Starts the API on a free loopback port. */
    public static LambdaRuntimeApi start() {
        try {
            return new LambdaRuntimeApi(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Lambda Runtime API", e);
        }
    }

    /** host:port, the value of AWS_LAMBDA_RUNTIME_API that the runtime reads. */
    public String address() {
        return server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** When the runtime first asked for an invocation, that is when its init ended; empty until then. */
    public Optional<Instant> firstPoll() {
        return Optional.ofNullable(firstPoll.getNow(null));
    }

    /** What the runtime reported through /init/error, if it did. */
    public Optional<String> initError() {
        return Optional.ofNullable(initError);
    }

    /** Waits until the runtime asks for its first invocation, at most {@code timeout}. */
    public Instant awaitFirstPoll(Duration timeout) throws TimeoutException {
        try {
            return firstPoll.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Hands the event to the function and returns the response document it posted back. */
    public String invoke(String event, Duration timeout) throws TimeoutException {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<String> answer = new CompletableFuture<>();
        answers.put(requestId, answer);
        pending.add(new Invocation(requestId, event));
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            answers.remove(requestId);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String body = read(exchange.getRequestBody());
            if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
                next(exchange);
            } else if (path.equals("init/error")) {
                initError = body;
                reply(exchange, 202, "{\"status\":\"OK\"}");
            } else if (path.startsWith("invocation/") && path.endsWith("/response")) {
                complete(exchange, path, "/response", body, false);
            } else if (path.startsWith("invocation/") && path.endsWith("/error")) {
                complete(exchange, path, "/error", body, true);
            } else {
                reply(exchange, 404, "{\"errorMessage\":\"unknown path " + path + "\"}");
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        firstPoll.complete(Instant.now());
        Invocation invocation;
        try {
            invocation = pending.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        var headers = exchange.getResponseHeaders();
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", String.valueOf(Instant.now().plus(DEADLINE).toEpochMilli()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:bazaar-test");
        headers.set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
        reply(exchange, 200, invocation.event());
    }

    private void complete(HttpExchange exchange, String path, String suffix, String body, boolean failed)
            throws IOException {
        String requestId = path.substring("invocation/".length(), path.length() - suffix.length());
        CompletableFuture<String> answer = answers.get(requestId);
        if (answer == null) {
            reply(exchange, 400, "{\"errorMessage\":\"no invocation " + requestId + " is waiting\"}");
            return;
        }
        if (failed) {
            answer.completeExceptionally(new FunctionError(body));
        } else {
            answer.complete(body);
        }
        reply(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
