package io.bazaar.platform.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether scheduled jobs may be started over HTTP, which only the Lambdas (invoked by EventBridge) need. */
@ConfigMapping(prefix = "bazaar.jobs")
public interface JobsConfig {

    /** Answer {@code POST /internal/jobs/{name}}; off, the path is a 404 (infra turns it on in every function). */
    @WithDefault("false")
    boolean httpTrigger();
}
