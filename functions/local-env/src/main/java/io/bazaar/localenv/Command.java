package io.bazaar.localenv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the external programs the servers are made of (initdb, pg_ctl, psql) and reports their output when they fail. */
final class Command {

    private static final boolean ROOT = detectRoot();
    /** Prefix that runs a program as the postgres user, empty when this JVM may run PostgreSQL itself. */
    private static final List<String> AS_POSTGRES = ROOT ? List.of(runuser(), "-u", "postgres", "--") : List.of();

    private Command() {
    }

    /** True when this JVM runs as root, which PostgreSQL refuses to run as. */
    static boolean isRoot() {
        return ROOT;
    }

    /** runuser lives in sbin, which is not on every PATH. */
    private static String runuser() {
        return Stream.of("/usr/sbin/runuser", "/sbin/runuser").filter(path -> Files.isExecutable(Path.of(path)))
                .findFirst().orElse("runuser");
    }

    private static boolean detectRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            return true;
        }
        try {
            return "0".equals(output(List.of("id", "-u"), Path.of("/"), Duration.ofSeconds(10)).strip());
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Runs a PostgreSQL program, as the postgres user when this JVM is root. */
    static String runAsPostgres(Path workingDir, Duration timeout, String... command) {
        List<String> full = new ArrayList<>(AS_POSTGRES);
        full.addAll(List.of(command));
        return output(full, workingDir, timeout);
    }

    /** Exit code of a PostgreSQL program (as the postgres user when root), for probes where failure is an answer. */
    static int exitCodeAsPostgres(Path workingDir, Duration timeout, String... command) {
        List<String> full = new ArrayList<>(AS_POSTGRES);
        full.addAll(List.of(command));
        return execute(full, workingDir, timeout).exitCode;
    }

    /** Runs a program to completion and returns its output; throws with that output when it fails or hangs. */
    static String output(List<String> command, Path workingDir, Duration timeout) {
        Result result = execute(command, workingDir, timeout);
        if (result.exitCode != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + result.exitCode
                    + ":\n" + result.output);
        }
        return result.output;
    }

    private static Result execute(List<String> command, Path workingDir, Duration timeout) {
        Path log = null;
        try {
            // A file rather than a pipe: a daemon started by the command (postgres) must never keep us waiting for EOF.
            log = Files.createTempFile("bazaar-command-", ".log");
            Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                            Path.of("/dev/null").toFile()))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout
                        + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        } finally {
            deleteQuietly(log);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
    }

    private record Result(int exitCode, String output) {
    }
}
