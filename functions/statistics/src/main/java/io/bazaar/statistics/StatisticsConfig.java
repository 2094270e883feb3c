package io.bazaar.statistics;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the statistics area takes in, rolls up and keeps behaviour events (see docs/decisions/behaviour-events.md). */
@ConfigMapping(prefix = "bazaar.statistics")
public interface StatisticsConfig {

    /** How long raw events are kept (the roll-ups are kept forever). */
    @WithDefault("P90D")
    Duration rawRetention();

    /** The longest one statistics-ingest run spends (below the ingest function's 60 s timeout). */
    @WithDefault("40s")
    Duration ingestBudget();

    /**
     * How long a receive waits for messages: a long poll asks every SQS server, where a short one (0) may answer empty
     * while messages wait; an empty queue costs a run this long.
     */
    @WithDefault("1s")
    Duration receiveWait();

    /** Raw events added into the roll-ups per transaction. */
    @WithDefault("500")
    int rollUpBatch();

    /** Raw events deleted per statement of the purge. */
    @WithDefault("5000")
    int purgeBatch();

    /** The longest span one report covers, in days. */
    @WithDefault("366")
    int maxReportDays();
}
