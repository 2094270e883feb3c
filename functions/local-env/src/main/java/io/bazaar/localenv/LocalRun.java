package io.bazaar.localenv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import org.jboss.logging.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * The local run command: starts the servers in a work dir, then the all-in-one Quarkus application against them.
 * Usage: {@code java -jar bazaar-local-env.jar <quarkus-run.jar> [workDir, default .local]}.
 */
public final class LocalRun {

    static {
        // Quarkus' log manager is on the class path; it must be chosen before anything logs.
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
    }

    private static final Logger LOG = Logger.getLogger(LocalRun.class);

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
        LocalEnvironment environment;
        try {
            environment = LocalEnvironment.start(Path.of(args.length > 1 ? args[1] : ".local"));
        } catch (RuntimeException e) {
            LOG.error("The local environment did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Process child;
        try {
            child = new ProcessBuilder(command(application, environment.quarkusConfig())).inheritIO().start();
        } catch (Exception e) {
            environment.close();
            throw new IllegalStateException("Cannot start " + application + ": " + e.getMessage(), e);
        }
        // On Ctrl-C the environment's shutdown hook stops the application first, then the servers.
        environment.closeFirst(() -> stop(child));
        int exitCode = awaitExit(child);
        LOG.infof("Application exited with code %d", exitCode);
        environment.close();
        System.exit(exitCode);
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

    private static List<String> command(Path application, Map<String, String> config) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
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
