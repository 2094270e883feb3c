package io.bazaar.localenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A throwaway PostgreSQL cluster started from the machine's own binaries, so tests and the local run need no Docker. */
final class PostgresCluster implements AutoCloseable {

    static final String USER = "bazaar";
    static final String DATABASE = "bazaar";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path bin;
    private final Path baseDir;
    private final Path dataDir;
    private final int port;
    private final String password;
    private boolean running;

    private PostgresCluster(Path bin, Path baseDir, int port, String password) {
        this.bin = bin;
        this.baseDir = baseDir;
        this.dataDir = baseDir.resolve("data");
        this.port = port;
        this.password = password;
    }

    /** Creates, starts and awaits a new cluster with the superuser {@value USER} and the database {@value DATABASE}. */
    static PostgresCluster start() {
        Path bin = binDir();
        PostgresCluster cluster = new PostgresCluster(bin, createBaseDir(), LocalEnvironment.freePort(), newPassword());
        try {
            cluster.initdb();
            cluster.run();
            cluster.createDatabase();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    String password() {
        return password;
    }

    private void initdb() {
        Path pwfile = baseDir.resolve("pwfile");
        writeForPostgres(pwfile, password + "\n");
        try {
            Command.runAsPostgres(baseDir, TIMEOUT, tool("initdb"), "-D", dataDir.toString(), "-U", USER,
                    "--pwfile=" + pwfile, "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8",
                    "--no-locale", "--no-sync");
        } finally {
            deleteQuietly(pwfile);
        }
        String settings = String.join("\n", "", "# bazaar local environment",
                "listen_addresses = '127.0.0.1'",
                "port = " + port,
                "unix_socket_directories = '" + dataDir + "'",
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
                "max_connections = 200", "");
        try {
            Files.writeString(dataDir.resolve("postgresql.conf"), settings, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot configure PostgreSQL in " + dataDir, e);
        }
    }

    private void run() {
        Path log = baseDir.resolve("postgres.log");
        try {
            Command.runAsPostgres(baseDir, TIMEOUT, tool("pg_ctl"), "-D", dataDir.toString(), "-l", log.toString(),
                    "-w", "-t", String.valueOf(TIMEOUT.toSeconds()), "start");
        } catch (IllegalStateException e) {
            throw new IllegalStateException("PostgreSQL did not start on 127.0.0.1:" + port + ". " + e.getMessage()
                    + "\nServer log:\n" + readQuietly(log), e);
        }
        running = true;
        awaitReady();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (Command.exitCodeAsPostgres(baseDir, Duration.ofSeconds(10), tool("pg_isready"), "-q",
                "-h", "127.0.0.1", "-p", String.valueOf(port)) != 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL on 127.0.0.1:" + port + " is not ready after " + TIMEOUT
                        + "; server log:\n" + readQuietly(baseDir.resolve("postgres.log")));
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private void createDatabase() {
        Command.runAsPostgres(baseDir, TIMEOUT, tool("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", dataDir.toString(), "-p", String.valueOf(port), "-U", USER, "-d", "postgres",
                "-c", "create database " + DATABASE, "-c", "select 1");
    }

    /** Stops the server at once (its data is throwaway) and deletes the cluster. */
    @Override
    public void close() {
        try {
            if (running) {
                running = false;
                Command.runAsPostgres(baseDir, TIMEOUT, tool("pg_ctl"), "-D", dataDir.toString(),
                        "-m", "immediate", "-w", "stop");
            }
        } finally {
            Directories.deleteTree(baseDir);
        }
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    /** The bin directory of the newest installed PostgreSQL. */
    static Path binDir() {
        Optional<Path> newest = Optional.empty();
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> versions = Files.list(lib)) {
                newest = versions.map(version -> version.resolve("bin"))
                        .filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
                        .max(Comparator.comparingDouble(PostgresCluster::versionOf));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + lib, e);
            }
        }
        return newest.or(PostgresCluster::binDirFromPgConfig).orElseThrow(() -> new IllegalStateException(
                "No PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin and `pg_config --bindir`). "
                        + "Install them with `apt-get install postgresql` (Debian package postgresql-15)."));
    }

    private static double versionOf(Path bin) {
        try {
            return Double.parseDouble(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<Path> binDirFromPgConfig() {
        try {
            Path bin = Path.of(Command.output(List.of("pg_config", "--bindir"), Path.of("/"), TIMEOUT).strip());
            return Files.isExecutable(bin.resolve("initdb")) ? Optional.of(bin) : Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A directory the server's user can reach: under /tmp and owned by postgres when root (never under /root). */
    private static Path createBaseDir() {
        try {
            if (!Command.isRoot()) {
                return Files.createTempDirectory("bazaar-pg-");
            }
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "bazaar-pg-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setOwner(dir, postgresUser());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for PostgreSQL under /tmp", e);
        }
    }

    private static UserPrincipal postgresUser() throws IOException {
        try {
            return Path.of("/tmp").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL refuses to run as root and there is no `postgres` user to run "
                    + "it as; install the server with `apt-get install postgresql`, which creates that user.", e);
        }
    }

    private static void writeForPostgres(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            if (Command.isRoot()) {
                Files.setOwner(file, postgresUser());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the password file sits in a directory that close() deletes anyway
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a server", e);
        }
    }
}
