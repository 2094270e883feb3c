package io.bazaar.platform.audit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the staff audit log is kept. */
@ConfigMapping(prefix = "bazaar.audit")
public interface AuditConfig {

    /** How long an entry is kept before DynamoDB's TTL removes it (two years). */
    @WithDefault("P730D")
    Duration retention();

    /** Longest user agent kept in an entry; longer ones are cut. */
    @WithDefault("300")
    int maxUserAgent();
}
