package io.bazaar.localenv;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BazaarTestEnvironmentTest {

    @Test
    void startHandsQuarkusTheRunningEnvironmentsConfigAndStopCleansUp() {
        BazaarTestEnvironment resource = new BazaarTestEnvironment();
        Map<String, String> config = resource.start();
        LocalEnvironment current = BazaarTestEnvironment.current();
        assertEquals(current.quarkusConfig(), config);
        assertTrue(Files.isDirectory(current.workDir()));
        assertTrue(BazaarTestEnvironment.outbox().emails().isEmpty());

        resource.stop();
        assertFalse(Files.exists(current.workDir()));
        assertThrows(IllegalStateException.class, BazaarTestEnvironment::current);
    }

    @Test
    void stopWithoutStartDoesNothing() {
        BazaarTestEnvironment resource = new BazaarTestEnvironment();
        assertDoesNotThrow(resource::stop);
    }
}
