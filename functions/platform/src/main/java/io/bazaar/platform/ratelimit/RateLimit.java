package io.bazaar.platform.ratelimit;

import java.time.Duration;

/** At most {@code limit} events per {@code window} for one key, e.g. 5 failed logins per 15 minutes per account. */
public record RateLimit(String name, int limit, Duration window) {
}
