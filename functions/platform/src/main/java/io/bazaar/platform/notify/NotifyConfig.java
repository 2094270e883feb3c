package io.bazaar.platform.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How Bazaar sends email (SES) and SMS (SNS). */
@ConfigMapping(prefix = "bazaar.notify")
public interface NotifyConfig {

    /** Sender address of every email; must be a verified SES identity. */
    @WithDefault("no-reply@bazaar.local")
    String mailFrom();

    /** Also write each message's text to the log: for the local run, so a person can read activation codes. */
    @WithDefault("false")
    boolean logContent();
}
