package io.bazaar.localenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * The real backing servers of Bazaar (PostgreSQL, the AWS APIs, the JWT keys), started the same way for the tests and
 * for the local run, so that both see the configuration the application gets from {@link #quarkusConfig()}.
 */
public final class LocalEnvironment implements AutoCloseable {

    /** System property (or env {@value #AWS_CHOICE_ENV}): {@code moto} forces moto, {@code localstack} requires Docker. */
    public static final String AWS_CHOICE_PROPERTY = "bazaar.local.aws";
    public static final String AWS_CHOICE_ENV = "BAZAAR_LOCAL_AWS";
    static final String REGION = "us-east-1";

    private static final Logger LOG = Logger.getLogger(LocalEnvironment.class);

    private final Path workDir;
    private final PostgresCluster postgres;
    private final AwsEmulator aws;
    private final JwtKeys keys;
    private final Deque<AutoCloseable> dependents = new ArrayDeque<>();
    private final Thread closeOnExit = new Thread(this::close, "bazaar-local-env-close");
    private boolean closed;

    private LocalEnvironment(Path workDir, PostgresCluster postgres, AwsEmulator aws, JwtKeys keys) {
        this.workDir = workDir;
        this.postgres = postgres;
        this.aws = aws;
        this.keys = keys;
    }

    /**
     * Starts PostgreSQL and the AWS APIs side by side and makes sure the JWT keys exist in workDir (created if needed).
     * The servers are also stopped when the JVM exits without {@link #close()}.
     */
    public static LocalEnvironment start(Path workDir) {
        Path dir = workDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the work dir " + dir, e);
        }
        CompletableFuture<PostgresCluster> postgres = CompletableFuture.supplyAsync(LocalEnvironment::startPostgres);
        CompletableFuture<AwsEmulator> aws = CompletableFuture.supplyAsync(() -> startAws(dir));
        try {
            JwtKeys keys = JwtKeys.in(dir);
            LOG.infof("JWT keys %s in %s", keys.generated() ? "generated" : "kept", dir);
            LocalEnvironment environment = new LocalEnvironment(dir, join(postgres), join(aws), keys);
            Runtime.getRuntime().addShutdownHook(environment.closeOnExit);
            return environment;
        } catch (RuntimeException e) {
            postgres.thenAccept(PostgresCluster::close);
            aws.thenAccept(AwsEmulator::close);
            throw e;
        }
    }

    /** Every setting the Quarkus application needs to use these servers, as config key to value. */
    public Map<String, String> quarkusConfig() {
        String hostAndDatabase = "127.0.0.1:" + postgres.port() + "/" + PostgresCluster.DATABASE;
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.username", PostgresCluster.USER);
        config.put("quarkus.datasource.password", postgres.password());
        config.put("quarkus.datasource.reactive.url", "vertx-reactive:postgresql://" + hostAndDatabase);
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostAndDatabase);
        config.put("bazaar.aws.endpoint-override", awsEndpoint());
        config.put("bazaar.aws.region", REGION);
        config.put("bazaar.aws.access-key-id", "test");
        config.put("bazaar.aws.secret-access-key", "test");
        config.put("bazaar.local.bootstrap", "true");
        config.put("mp.jwt.verify.publickey.location", keys.publicKey().toString());
        config.put("smallrye.jwt.sign.key.location", keys.privateKey().toString());
        // identity encrypts identity-document numbers with it (AES-256-GCM); deployments take theirs from Secrets Manager
        config.put("bazaar.identity.verification.keys.local", documentKey());
        config.put("bazaar.identity.verification.current-key-id", "local");
        return Collections.unmodifiableMap(config);
    }

    /** A random AES-256 key kept in the work dir beside the JWT keys, base64. */
    private String documentKey() {
        Path file = workDir.resolve("document-key.b64");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the document key in " + file, e);
        }
    }

    /** The endpoint override of every AWS SDK client, e.g. {@code http://127.0.0.1:PORT}. */
    public String awsEndpoint() {
        return aws.endpoint().toString().replaceAll("/$", "");
    }

    /** True when the AWS APIs are LocalStack's, false for moto_server. */
    public boolean usesLocalStack() {
        return aws.isLocalStack();
    }

    /** The directory holding the JWT keys and the emulator's log. */
    public Path workDir() {
        return workDir;
    }

    /** Reads the e-mails and SMS the application sent through the AWS APIs. */
    public EmulatorOutbox outbox() {
        return new EmulatorOutbox(aws.endpoint(), aws.isLocalStack());
    }

    /** Registers something that uses these servers (an application process) to be closed before them. */
    public synchronized void closeFirst(AutoCloseable dependent) {
        dependents.push(dependent);
    }

    /** Closes the dependents, then stops the AWS APIs and PostgreSQL and deletes the database; the keys stay. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeShutdownHook();
        while (!dependents.isEmpty()) {
            try {
                dependents.pop().close();
            } catch (Exception e) {
                LOG.warn("Could not stop something that used the local environment", e);
            }
        }
        try {
            aws.close();
        } finally {
            postgres.close();
        }
        LOG.info("Local environment stopped");
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == closeOnExit) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs anyway and finds the environment closed
        }
    }

    private static PostgresCluster startPostgres() {
        long started = System.nanoTime();
        PostgresCluster cluster = PostgresCluster.start();
        LOG.infof("PostgreSQL ready on 127.0.0.1:%d (database %s) in %d ms", cluster.port(), PostgresCluster.DATABASE,
                millisSince(started));
        return cluster;
    }

    private static AwsEmulator startAws(Path workDir) {
        String choice = Optional.ofNullable(System.getProperty(AWS_CHOICE_PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(AWS_CHOICE_ENV))).orElse("").toLowerCase(Locale.ROOT);
        long started = System.nanoTime();
        AwsEmulator emulator;
        if (!choice.equals("moto") && LocalStackEmulator.dockerAnswers()) {
            emulator = LocalStackEmulator.start();
        } else if (choice.equals("localstack")) {
            throw new IllegalStateException(AWS_CHOICE_PROPERTY + "=localstack but no Docker engine answers");
        } else {
            emulator = MotoServer.start(workDir);
        }
        LOG.infof("%s ready on %s in %d ms", emulator.isLocalStack() ? "LocalStack" : "moto_server",
                emulator.endpoint(), millisSince(started));
        return emulator;
    }

    /** A TCP port nobody listens on right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free TCP port", e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
