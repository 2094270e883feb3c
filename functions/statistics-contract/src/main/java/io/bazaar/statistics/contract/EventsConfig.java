package io.bazaar.statistics.contract;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where request events go and how long a request may spend sending them (every area that records events). */
@ConfigMapping(prefix = "bazaar.events")
public interface EventsConfig {

    /** URL of the SQS queue of behaviour events; infra sets it. Unset, the queue is looked up by {@link #queueName()}. */
    Optional<String> queueUrl();

    /** Name of the queue when no URL is set (created on first use against an emulator, bazaar.local.bootstrap). */
    @WithDefault("bazaar-behaviour-events")
    String queueName();

    /** The longest a request waits for its events to be queued, retries included; then they wait in memory. */
    @WithDefault("250ms")
    Duration sendTimeout();

    /** Events kept in memory for the next send when the queue did not answer; beyond it the oldest are dropped. */
    @WithDefault("1000")
    int pendingLimit();

    /** Most events in one queue message (a message holds up to 256 KB). */
    @WithDefault("100")
    int eventsPerMessage();
}
