package io.bazaar.localenv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** moto_server (Python moto, what LocalStack builds on) behind our wrapper that also shows the captured e-mails and SMS. */
final class MotoServer implements AwsEmulator {

    private static final String SCRIPT = "moto_outbox_server.py";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The wrapper's exit code when the interpreter has no moto. */
    private static final int NO_MOTO = 3;
    private static final String INSTALL_HINT = "Install it with `pip install 'moto[server]'` (moto 5), "
            + "or run a Docker engine so that LocalStack is used instead.";

    private final Process process;
    private final URI endpoint;

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts the wrapper on 127.0.0.1 and a free port with the first Python that has moto, and awaits it. */
    static MotoServer start(Path workDir) {
        Path script = extractScript(workDir);
        Path log = workDir.resolve("moto.log");
        List<List<String>> pythons = pythons();
        if (pythons.isEmpty()) {
            throw new IllegalStateException("moto_server is not available: no moto_server, python3 or python on PATH. "
                    + INSTALL_HINT);
        }
        for (List<String> python : pythons) {
            int port = LocalEnvironment.freePort();
            List<String> command = new ArrayList<>(python);
            command.addAll(List.of(script.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port)));
            Process process = launch(command, workDir, log);
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            if (awaitReady(process, endpoint, log)) {
                return new MotoServer(process, endpoint);
            }
        }
        throw new IllegalStateException("moto is not installed for " + pythons + ". " + INSTALL_HINT);
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public boolean isLocalStack() {
        return false;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** True when moto answers; false when this Python has no moto; throws when moto fails otherwise. */
    private static boolean awaitReady(Process process, URI endpoint, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(endpoint.resolve("/moto-api/")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                if (process.exitValue() == NO_MOTO) {
                    return false;
                }
                throw new IllegalStateException("moto_server exited with code " + process.exitValue()
                        + " before answering on " + endpoint + "; its log (" + log + "):\n" + read(log));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for moto_server", e);
            }
            PostgresCluster.sleep(Duration.ofMillis(100));
        }
        process.destroyForcibly();
        throw new IllegalStateException("moto_server did not answer GET " + endpoint + "/moto-api/ within " + TIMEOUT
                + "; its log (" + log + "):\n" + read(log));
    }

    /** Interpreters to try: the one moto_server's own script names, then python3 and python from PATH. */
    private static List<List<String>> pythons() {
        Set<List<String>> candidates = new LinkedHashSet<>();
        onPath("moto_server").flatMap(MotoServer::shebang).ifPresent(candidates::add);
        onPath("python3").ifPresent(python -> candidates.add(List.of(python.toString())));
        onPath("python").ifPresent(python -> candidates.add(List.of(python.toString())));
        return List.copyOf(candidates);
    }

    private static Optional<List<String>> shebang(Path script) {
        try (InputStream in = Files.newInputStream(script)) {
            String first = new String(in.readNBytes(256), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (first.startsWith("#!") && first.contains("python")) {
                return Optional.of(List.of(first.substring(2).strip().split("\\s+")));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Process launch(List<String> command, Path workDir, Path log) {
        try {
            return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + String.join(" ", command) + ": " + e.getMessage() + ". "
                    + INSTALL_HINT, e);
        }
    }

    private static Path extractScript(Path workDir) {
        Path script = workDir.resolve(SCRIPT);
        try (InputStream in = MotoServer.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("Resource io/bazaar/localenv/" + SCRIPT + " is missing from the jar");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + script, e);
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
