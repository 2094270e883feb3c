package io.bazaar.localenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a Lambda module's *IT: starts PostgreSQL and the AWS emulator, then the module's built target/function.zip as
 * the managed Java runtime starts it, and stops both after the class. Register it as a static field:
 * {@code @RegisterExtension static final PackagedFunctionExtension function = new PackagedFunctionExtension(Map.of())}.
 * The cold start's figures go to target/packaged-function/cold-start.properties.
 */
public final class PackagedFunctionExtension implements BeforeAllCallback, AfterAllCallback {

    /** The memory infra gives the API functions (QuarkusFunction's shapes), which also sizes the heap. */
    private static final int MEMORY_MB = 1024;

    private final Map<String, String> extraConfig;
    private boolean migrateTestClasspath;
    private LocalEnvironment environment;
    private PackagedFunction function;

    /** @param extraConfig what the deployment sets besides the database and AWS (secrets, switches) */
    public PackagedFunctionExtension(Map<String, String> extraConfig) {
        this.extraConfig = Map.copyOf(extraConfig);
    }

    /**
     * Before the function starts, applies every migration under db/migration on the test classpath: the tables of
     * other areas that the test's fixtures write and the function reads (in AWS their own functions create them).
     */
    public PackagedFunctionExtension withTestClasspathMigrations() {
        this.migrateTestClasspath = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path workDir = Path.of("target", "packaged-function").toAbsolutePath();
        Directories.deleteTree(workDir);
        Files.createDirectories(workDir);
        environment = LocalEnvironment.start(workDir.resolve("env"));
        Map<String, String> config = new LinkedHashMap<>(environment.quarkusConfig());
        config.putAll(extraConfig);
        if (migrateTestClasspath) {
            migrate(config);
        }
        // the tests sign their customers' tokens with the environment's key, as identity would
        System.setProperty("smallrye.jwt.sign.key.location", config.get("smallrye.jwt.sign.key.location"));
        function = PackagedFunction.start(Path.of("target", "function.zip"), config, workDir, MEMORY_MB);
        Files.writeString(workDir.resolve("cold-start.properties"), "init-ms=" + function.initTime().toMillis() + "\n"
                + "peak-rss-bytes=" + function.peakResidentBytes().orElse(-1) + "\n");
    }

    private static void migrate(Map<String, String> config) {
        org.flywaydb.core.Flyway.configure()
                .dataSource(config.get("quarkus.datasource.jdbc.url"), config.get("quarkus.datasource.username"),
                        config.get("quarkus.datasource.password"))
                .locations("classpath:db/migration").outOfOrder(true).ignoreMigrationPatterns("*:missing", "*:future")
                .load().migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (function != null) {
                function.close();
            }
        } finally {
            if (environment != null) {
                environment.close();
            }
        }
    }

    /** Sends one API Gateway event to the function. */
    public LambdaResponse invoke(ApiGatewayEvent event) {
        return running().invoke(event);
    }

    /** The configuration the function got, e.g. the database's JDBC URL for fixtures. */
    public Map<String, String> config() {
        return environment.quarkusConfig();
    }

    /** What the function sent by e-mail and SMS. */
    public EmulatorOutbox outbox() {
        return environment.outbox();
    }

    public PackagedFunction running() {
        if (function == null) {
            throw new IllegalStateException("The function is not running: register the extension as a static field");
        }
        return function;
    }
}
