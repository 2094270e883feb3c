package io.bazaar.server.jobs;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Start-up work that takes a while (like seeding demo data on a slow machine), and a scheduled method that notes
 * whether it ran before that work was done.
 */
@ApplicationScoped
public class SlowStartupProbe {

    private volatile boolean startupDone;
    private volatile Boolean firstRunAfterStartup;

    void slowStartupWork(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER - 1) StartupEvent event)
            throws InterruptedException {
        // longer than the scheduler's first check (after one second) plus the one-second interval below
        Thread.sleep(2500);
        startupDone = true;
    }

    @Scheduled(every = "1s")
    void tick() {
        if (firstRunAfterStartup == null) {
            firstRunAfterStartup = startupDone;
        }
    }

    Boolean firstRunAfterStartup() {
        return firstRunAfterStartup;
    }
}
