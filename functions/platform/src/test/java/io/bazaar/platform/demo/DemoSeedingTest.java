package io.bazaar.platform.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

/** Demo accounts, with their published passwords, are created only in the local run and in the project's own tests. */
class DemoSeedingTest {

    @Test
    void theLocalRunSeedsWhenAskedTo() {
        assertTrue(new DemoSeeding(true, List.of("local"), LaunchMode.NORMAL).allowed());
    }

    @Test
    void theFlagAloneIsIgnoredInProduction() {
        DemoSeeding prod = new DemoSeeding(true, List.of("prod"), LaunchMode.NORMAL);
        assertFalse(prod.allowed());
        assertTrue(prod.ignored());
    }

    @Test
    void theFlagIsIgnoredUnderAnyOtherDeployedProfile() {
        assertFalse(new DemoSeeding(true, List.of("staging"), LaunchMode.NORMAL).allowed());
        assertFalse(new DemoSeeding(true, List.of("dev"), LaunchMode.DEVELOPMENT).allowed());
    }

    @Test
    void aDeploymentStartedWithTheTestProfileDoesNotSeed() {
        assertFalse(new DemoSeeding(true, List.of("test"), LaunchMode.NORMAL).allowed());
    }

    @Test
    void testsSeedWhenAskedTo() {
        assertTrue(new DemoSeeding(true, List.of("test"), LaunchMode.TEST).allowed());
    }

    @Test
    void aTestRunUnderTheProdProfileDoesNotSeed() {
        assertFalse(new DemoSeeding(true, List.of("prod"), LaunchMode.TEST).allowed());
    }

    @Test
    void nothingIsSeededUnlessAsked() {
        DemoSeeding local = new DemoSeeding(false, List.of("local"), LaunchMode.NORMAL);
        assertFalse(local.allowed());
        assertFalse(local.ignored());
    }

    @Test
    void theLocalProfileCountsAmongSeveralActiveProfiles() {
        assertTrue(new DemoSeeding(true, List.of("local", "prod"), LaunchMode.NORMAL).allowed());
    }
}
