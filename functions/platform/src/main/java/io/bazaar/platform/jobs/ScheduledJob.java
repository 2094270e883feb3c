package io.bazaar.platform.jobs;

import io.smallrye.mutiny.Uni;

/**
 * Periodic work of an area (roll-ups, time-outs, clean-ups), written once and started two ways: by Quarkus' scheduler
 * in the all-in-one server, and in AWS by an EventBridge rule through {@link JobTriggerResource}, because a Lambda
 * only runs when an event arrives. Areas implement it as CDI beans; a run must be safe to repeat.
 */
public interface ScheduledJob {

    /** The job's stable name, as in {@code POST /internal/jobs/{name}} and in infra's rules (lower-case, {@code -}). */
    String name();

    /** Does one round of the work; the returned {@code Uni} completes when the round is done. */
    Uni<Void> run();
}
