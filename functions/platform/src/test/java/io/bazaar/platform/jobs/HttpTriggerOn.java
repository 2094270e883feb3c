package io.bazaar.platform.jobs;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The configuration infra gives every Lambda: jobs may be started over HTTP. */
public class HttpTriggerOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("bazaar.jobs.http-trigger", "true");
    }
}
