package io.bazaar.localenv;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives every @QuarkusTest the real servers: annotate with
 * {@code @QuarkusTestResource(value = BazaarTestEnvironment.class, restrictToAnnotatedClass = false)}.
 */
public class BazaarTestEnvironment implements QuarkusTestResourceLifecycleManager {

    private static volatile LocalEnvironment current;

    private LocalEnvironment environment;
    private Path workDir;

    /** The environment the running tests use, e.g. for {@code current().outbox()}. */
    public static LocalEnvironment current() {
        LocalEnvironment running = current;
        if (running == null) {
            throw new IllegalStateException("No BazaarTestEnvironment is running; annotate the test with "
                    + "@QuarkusTestResource(value = BazaarTestEnvironment.class, restrictToAnnotatedClass = false)");
        }
        return running;
    }

    /** What the application sent by e-mail and SMS during the tests. */
    public static EmulatorOutbox outbox() {
        return current().outbox();
    }

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("bazaar-test-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temp dir for the test environment", e);
        }
        environment = LocalEnvironment.start(workDir);
        current = environment;
        return environment.quarkusConfig();
    }

    @Override
    public void stop() {
        if (environment == null) {
            return;
        }
        try {
            environment.close();
        } finally {
            if (current == environment) {
                current = null;
            }
            environment = null;
            Directories.deleteTree(workDir);
        }
    }
}
