package io.bazaar.localenv;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import org.jboss.logging.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * The local run command: starts the servers in a work dir, then the all-in-one Quarkus application against them, and
 * once it answers writes {@code <workDir>/stack.json} (see {@link StackFile}).
 * Usage: {@code java -jar bazaar-local-env.jar <quarkus-run.jar> [workDir, default .local]}. The application's port
 * is {@code QUARKUS_HTTP_PORT} (or {@code -Dquarkus.http.port}), 8080 by default; the environment, BAZAAR_WEB_DIR
 * among it, is passed on.
 */
public final class LocalRun {

    static {
        // Quarkus' log manager is on the class path; it must be chosen before anything logs.
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
    }

    private static final Logger LOG = Logger.getLogger(LocalRun.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private LocalRun() {
    }

    public static void main(String[] args) {
        logToConsole();
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: java -jar bazaar-local-env.jar <path/to/quarkus-run.jar> [workDir, default .local]");
            System.exit(2);
        }
        Path application = Path.of(args[0]).toAbsolutePath();
        if (!Files.isRegularFile(application)) {
            System.err.println(application + " does not exist; build it first with ./mvnw -B package -DskipTests");
            System.exit(2);
        }
        int port = httpPort();
        if (port < 1 || port > 65535) {
            System.err.println("QUARKUS_HTTP_PORT must be a port from 1 to 65535 (stack.json names it), got " + port);
            System.exit(2);
        }
        if (!isFree(port)) {
            System.err.println("Port " + port + " is in use; stop what listens there or choose another port, "
                    + "e.g. QUARKUS_HTTP_PORT=18080");
            System.exit(2);
        }
        Path workDir = Path.of(args.length > 1 ? args[1] : ".local");
        LocalEnvironment environment;
        try {
            environment = LocalEnvironment.start(workDir);
        } catch (RuntimeException e) {
            LOG.error("The local environment did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        StackFile stackFile = new StackFile(environment.workDir());
        stackFile.delete();
        Process child;
        try {
            child = new ProcessBuilder(command(application, environment.quarkusConfig(), port)).inheritIO().start();
        } catch (Exception e) {
            environment.close();
            throw new IllegalStateException("Cannot start " + application + ": " + e.getMessage(), e);
        }
        // On Ctrl-C the environment's shutdown hook stops the application first, then the servers.
        environment.closeFirst(() -> stop(child));
        environment.closeFirst(stackFile::delete);
        announceWhenReady(child, port, environment, stackFile);
        int exitCode = awaitExit(child);
        LOG.infof("Application exited with code %d", exitCode);
        environment.close();
        System.exit(exitCode);
    }

    /** The port the application will listen on, as Quarkus itself would read it. */
    static int httpPort() {
        String configured = Optional.ofNullable(System.getProperty("quarkus.http.port"))
                .or(() -> Optional.ofNullable(System.getenv("QUARKUS_HTTP_PORT"))).orElse("8080").strip();
        try {
            return Integer.parseInt(configured);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("QUARKUS_HTTP_PORT is not a port number: " + configured, e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static void announceWhenReady(Process child, int port, LocalEnvironment environment, StackFile stackFile) {
        Thread watcher = new Thread(() -> {
            try {
                URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
                if (ServerReadiness.await(ready, child::isAlive, START_TIMEOUT)) {
                    String base = "http://localhost:" + port;
                    stackFile.write(base, environment.awsEndpoint(), environment.usesLocalStack(), webDir().orElse(null),
                            ProcessHandle.current().pid());
                    LOG.infof("Bazaar is ready on %s (the stack is described in %s)", base, stackFile.path());
                } else if (child.isAlive()) {
                    LOG.warnf("The application did not answer %s within %s", ready, START_TIMEOUT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("Could not describe the running stack: " + e.getMessage());
            }
        }, "bazaar-local-run-ready");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The web build the application serves (bazaar.web.dir), as an absolute path. */
    private static Optional<String> webDir() {
        return Optional.ofNullable(System.getProperty("bazaar.web.dir"))
                .or(() -> Optional.ofNullable(System.getenv("BAZAAR_WEB_DIR"))).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir).toAbsolutePath().normalize().toString());
    }

    /** Outside a Quarkus application its log handler only buffers; the launcher writes to the console instead. */
    private static void logToConsole() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.INFO);
        root.addHandler(new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR,
                new PatternFormatter("%d{HH:mm:ss,SSS} %-5p [%c{1}] %s%e%n")));
    }

    private static List<String> command(Path application, Map<String, String> config, int port) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        webDir().ifPresent(dir -> command.add("-Dbazaar.web.dir=" + dir));
        command.add("-Dquarkus.profile=local");
        command.add("-jar");
        command.add(application.toString());
        return command;
    }

    private static void stop(Process child) throws InterruptedException {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        if (!child.waitFor(15, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int awaitExit(Process child) {
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
