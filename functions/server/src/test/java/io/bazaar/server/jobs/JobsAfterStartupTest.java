package io.bazaar.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Scheduled jobs wait until the start-up work (local bootstrap, demo data) is done. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class JobsAfterStartupTest {

    @Inject
    SlowStartupProbe probe;

    @Test
    void noScheduledMethodRunsBeforeStartUpIsDone() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (probe.firstRunAfterStartup() == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(probe.firstRunAfterStartup() != null, "the scheduled method never ran");
        assertEquals(Boolean.TRUE, probe.firstRunAfterStartup());
    }
}
