package io.bazaar.importer.crawl;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One fetch as the crawler ended it. The body is only there for {@link FetchOutcome#FETCHED} (decoded from gzip,
 * deflate or br); {@code validators} are what to send next time (for 304 and unchanged pages too).
 *
 * @param url      the URL asked for
 * @param finalUrl the URL after redirects (the asked one when there were none)
 * @param status   the last HTTP status, 0 when no response came
 */
public record FetchResult(FetchOutcome outcome, URI url, URI finalUrl, int status, Map<String, List<String>> headers,
                          byte[] body, Validators validators, String reason) {

    public boolean fetched() {
        return outcome == FetchOutcome.FETCHED;
    }

    /** The first value of a response header, any case, or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    static FetchResult failure(FetchOutcome outcome, URI url, URI finalUrl, int status, Validators validators, String reason) {
        return new FetchResult(outcome, url, finalUrl, status, Map.of(), null, validators, reason);
    }
}
