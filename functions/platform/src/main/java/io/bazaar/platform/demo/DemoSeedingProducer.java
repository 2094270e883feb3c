package io.bazaar.platform.demo;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.SmallRyeConfig;

/** Makes the demo-data decision of this process, from bazaar.demo.seed, the active profiles and the launch mode. */
public class DemoSeedingProducer {

    @Produces
    @Singleton
    static DemoSeeding seeding(@ConfigProperty(name = "bazaar.demo.seed", defaultValue = "false") boolean requested,
            SmallRyeConfig config) {
        return new DemoSeeding(requested, config.getProfiles(), LaunchMode.current());
    }
}
