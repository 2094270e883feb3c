package io.bazaar.importer.crawl;

/** How a fetch ended; everything but {@link #FETCHED} comes with a reason. */
public enum FetchOutcome {
    /** The body is here and differs from what the validators describe. */
    FETCHED,
    /** The server answered 304 to the conditional GET. */
    NOT_MODIFIED,
    /** The server sent the page again, byte for byte the one we had (same content hash). */
    UNCHANGED,
    /** robots.txt of the host does not let us fetch the URL. */
    DISALLOWED,
    /** The address guard refused the URL or a redirect (not http(s), non-public address). */
    REFUSED,
    /** The body is larger than the limit for its kind. */
    TOO_LARGE,
    /** HTTP error, network error, timeout, or too many redirects, after the retries. */
    FAILED
}
