package io.bazaar.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The all-in-one server jar as a child process of a benchmark, configured for a {@code LocalEnvironment}, and the
 * processes a benchmark meters; shared by the benchmarks so they start and stop the server the same way.
 */
final class BenchServer {

    private BenchServer() {
    }

    /** The server jar named by {@code -Dbench.server.jar} (default: the reactor build's), checked to exist. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("bench.server.jar", "functions/server/target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist; build functions/server first");
        }
        return jar;
    }

    /**
     * Starts the server ({@code -Xmx512m}, profile {@code local}) on the port with the environment's settings; {@code
     * -Dbench.server.java-options} adds JVM options (space-separated), e.g. to record a flight recording.
     */
    static Process start(Path jar, Map<String, String> config, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        String options = System.getProperty("bench.server.java-options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.profile=local");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits (at most 300 s) until {@code /q/health/ready} answers 200; fails early if the server exits. */
    static void awaitReady(HttpClient http, String base, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The server exited with code " + server.exitValue() + "; see its log");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server was not ready within 300 s");
    }

    static void stop(Process child) throws InterruptedException {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        if (!child.waitFor(15, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** The postmaster of the benchmark's own cluster, read from its pid file, to meter PostgreSQL's CPU; null if unknown. */
    static ProcessHandle postmaster(Connection connection) {
        try {
            Path pidFile = Path.of(scalar(connection, "show data_directory"), "postmaster.pid");
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).orElse(null);
        } catch (Exception e) {
            System.out.println("cannot find the postmaster (" + e.getMessage() + "); PostgreSQL CPU not metered");
            return null;
        }
    }

    static String scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The benchmark's scratch directory: -Dbench.work.dir when given, else a fresh temp dir. */
    static Path workDir() throws java.io.IOException {
        String dir = System.getProperty("bench.work.dir");
        return dir == null ? java.nio.file.Files.createTempDirectory("bazaar-bench-")
                : java.nio.file.Files.createDirectories(Path.of(dir));
    }
}
