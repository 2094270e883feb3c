package io.bazaar.catalog.imports.work;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One unit of import work on the queue: run (or go on with) a job, or refresh some imported products of a merchant.
 *
 * @param host the crawled shop's host: the queue runs one message per host at a time (politeness across workers)
 * @param next for a job, the page to go on from (0 at the start); distinguishes continuations of one job
 */
public record ImportMessage(Kind kind, String host, UUID jobId, int next, UUID merchantId, List<UUID> productIds) {

    /** What the message asks for. */
    public enum Kind {
        JOB, REFRESH
    }

    public static ImportMessage job(UUID jobId, String host, int next) {
        return new ImportMessage(Kind.JOB, host, jobId, next, null, List.of());
    }

    public static ImportMessage refresh(UUID merchantId, String host, List<UUID> productIds) {
        return new ImportMessage(Kind.REFRESH, host, null, 0, merchantId, List.copyOf(productIds));
    }

    /** Equal messages are one delivery: a job continuation by job and cursor, a refresh by its products. */
    public String deduplicationId() {
        return kind == Kind.JOB ? "job-" + jobId + "-" + next
                : "refresh-" + merchantId + "-" + Integer.toHexString(productIds.hashCode()) + "-" + productIds.size();
    }

    /** The host a URL names, lower-case, or "unknown": the message group of work on that shop. */
    public static String hostOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "unknown" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }
}
