package io.bazaar.catalog.imports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How merchants' imports run: the queue, the crawler's manners, limits and the scheduled refresh. */
@ConfigMapping(prefix = "bazaar.imports")
public interface ImportsConfig {

    /** Where import work goes: {@code in-process} (local run and tests) or {@code sqs} (AWS, the importer Lambda). */
    @WithDefault("in-process")
    String worker();

    /** URL of the SQS FIFO queue the importer Lambda reads (worker=sqs). */
    Optional<String> queueUrl();

    /** Threads of the in-process worker; pages of one host are still fetched one at a time. */
    @WithDefault("2")
    int inProcessThreads();

    /** Time one worker run spends on a job before it queues the rest (below the importer Lambda's timeout). */
    @WithDefault("PT4M")
    Duration timeBudget();

    /** Most product pages a job imports; the rest are recorded as a problem of the job. */
    @WithDefault("5000")
    int maxProducts();

    /** Most listing pages a start-URL job walks through to find products. */
    @WithDefault("200")
    int maxListingPages();

    /** Most images copied per product (the catalog holds 20). */
    @WithDefault("10")
    int maxImages();

    /** How long a retried start (same Idempotency-Key) is answered with the job it started. */
    @WithDefault("PT24H")
    Duration idempotencyTtl();

    /** How long a job's records are kept in DynamoDB. */
    @WithDefault("P90D")
    Duration keepJobs();

    Crawl crawl();

    Refresh refresh();

    /** The crawler's manners; see importer/README.md for what each does. */
    interface Crawl {

        /** The User-Agent sent, naming the bot and where to read about it. */
        @WithDefault("BazaarImporter/0.1 (+https://bazaar.dev/bot)")
        String userAgent();

        /** Pause between two requests to one host (robots.txt Crawl-delay wins when longer). */
        @WithDefault("PT1S")
        Duration hostDelay();

        /** Connect and response timeout of one request. */
        @WithDefault("PT10S")
        Duration timeout();

        /** Largest page read. */
        @WithDefault("5242880")
        int maxPageBytes();

        /** Largest image copied (the catalog's own limit). */
        @WithDefault("10485760")
        int maxImageBytes();

        /** Hosts fetched even though they resolve to non-public addresses (a shop on the local network, tests). */
        Optional<List<String>> allowHosts();

        /** Off only for benchmarks against a local site: no delays between requests (robots and the guard stay). */
        @WithDefault("true")
        boolean politeness();
    }

    /** The scheduled re-visits of imported products. */
    interface Refresh {

        /** How often the local scheduler looks for due products (EventBridge does it in AWS). */
        @WithDefault("15m")
        String every();

        /** First interval after an import. */
        @WithDefault("PT24H")
        Duration initialInterval();

        /** Shortest interval, reached by pages that change at every visit. */
        @WithDefault("PT1H")
        Duration minInterval();

        /** Longest interval, reached by pages that never change. */
        @WithDefault("P7D")
        Duration maxInterval();

        /** Most products queued per refresh run. */
        @WithDefault("500")
        int batchSize();

        /** Products per refresh message. */
        @WithDefault("20")
        int productsPerMessage();

        /** A due product is not queued again for this long, so a slow or lost message does not double the work. */
        @WithDefault("PT1H")
        Duration lease();

        /** A relative price change at least this large is held for the merchant instead of applied (0.3 = 30 %). */
        @WithDefault("0.3")
        double largeChange();

        /** Price observations kept per SKU. */
        @WithDefault("200")
        int historyLength();
    }
}
