package io.bazaar.platform.jobs;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;

/**
 * Lets Quarkus' scheduler fire only once this process' start-up work is done (the local bootstrap's tables, the demo
 * data): a roll-up that ran before would fail on tables that do not exist yet. Areas with scheduled methods start the
 * scheduler halted ({@code quarkus.scheduler.start-mode=halted}); this, the last start-up observer, resumes it.
 * Where the scheduler is off (the Lambdas) there is nothing to resume.
 */
@ApplicationScoped
public class JobsAfterStartup {

    void resume(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) StartupEvent event, Instance<Scheduler> schedulers) {
        if (schedulers.isResolvable() && schedulers.get().isStarted() && !schedulers.get().isRunning()) {
            schedulers.get().resume();
        }
    }
}
