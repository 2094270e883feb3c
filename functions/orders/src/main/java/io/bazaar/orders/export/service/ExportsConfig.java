package io.bazaar.orders.export.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where order exports go, how they are produced and how long they are kept. */
@ConfigMapping(prefix = "bazaar.orders.exports")
public interface ExportsConfig {

    /** The private bucket of export files (infra passes the generated name). */
    @WithDefault("bazaar-order-exports")
    String bucket();

    /** Orders read (with their lines and customers) per query: the unit of memory and of progress. */
    @WithDefault("500")
    int batchSize();

    /** Bytes buffered before they go to S3 as one part of the multipart upload (at least 5 MiB, S3's minimum). */
    @WithDefault("8388608")
    int partBytes();

    /**
     * Start the work in this process as soon as an export is asked for (the all-in-one server). Off where the process
     * may be frozen after answering (a Lambda): there the scheduled {@code order-exports} job takes it.
     */
    @WithDefault("true")
    boolean runOnCreate();

    /** How often the all-in-one server's scheduler looks for exports to produce (also retaking abandoned ones). */
    @WithDefault("30s")
    String every();

    /** How long a worker holds an export without reporting progress before another may take it over. */
    @WithDefault("PT2M")
    Duration lease();

    /** Attempts before an export whose workers keep dying is marked FAILED. */
    @WithDefault("3")
    int maxAttempts();

    /** One run of the job starts no new export after this long (below the worker function's time-out). */
    @WithDefault("PT4M")
    Duration jobBudget();

    /** Exports a merchant may have queued or running at once; one more is a 409. */
    @WithDefault("3")
    int maxActive();

    /** How long a download link stays valid. */
    @WithDefault("PT15M")
    Duration urlTtl();

    /** How long a finished export can be downloaded (infra's bucket rule deletes files after the same time). */
    @WithDefault("P7D")
    Duration keepFor();
}
