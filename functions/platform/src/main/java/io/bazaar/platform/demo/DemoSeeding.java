package io.bazaar.platform.demo;

import java.util.List;

import io.quarkus.runtime.LaunchMode;

/**
 * Whether this process may create demo data (identity's demo accounts, whose passwords are published, and the
 * catalog's demo products): only when bazaar.demo.seed asks for it and the process runs the local profile
 * (infra/local/run.sh) or is one of the project's own tests. Anywhere else, a Lambda or a production server, the flag
 * alone does nothing. Every area's demo data asks this one rule.
 */
public record DemoSeeding(boolean requested, List<String> profiles, LaunchMode launchMode) {

    /** The profile infra/local/run.sh starts the all-in-one server with. */
    public static final String LOCAL_PROFILE = "local";

    public DemoSeeding {
        profiles = List.copyOf(profiles);
    }

    public boolean allowed() {
        return requested && (profiles.contains(LOCAL_PROFILE)
                || launchMode == LaunchMode.TEST && profiles.contains(LaunchMode.TEST.getDefaultProfile()));
    }

    /** Asked for where it is not allowed: worth a warning, the configuration is wrong. */
    public boolean ignored() {
        return requested && !allowed();
    }
}
