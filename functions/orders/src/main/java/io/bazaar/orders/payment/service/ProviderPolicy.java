package io.bazaar.orders.payment.service;

import java.util.List;
import java.util.Set;

/**
 * Where the sandbox provider may run: it takes no money and completes any payment for whoever holds its id, so only the
 * local run and tests may offer it; a deployed stack (profile prod, the Lambda functions) refuses to start with it.
 */
public final class ProviderPolicy {

    /** The profiles of the local run (dev, local: infra/local/run.sh) and of tests. */
    public static final Set<String> SANDBOX_PROFILES = Set.of("dev", "local", "test");

    private ProviderPolicy() {
    }

    /** Whether the active profiles (Quarkus' list, most specific first) allow the sandbox. */
    public static boolean sandboxAllowed(List<String> profiles) {
        return !profiles.isEmpty() && profiles.stream().allMatch(SANDBOX_PROFILES::contains);
    }

    /**
     * Checks the configured provider against the active profiles.
     *
     * @throws IllegalStateException naming the setting to change when a deployed profile would use the sandbox
     */
    public static void check(String provider, List<String> profiles) {
        if ("sandbox".equals(provider) && !sandboxAllowed(profiles)) {
            throw new IllegalStateException("bazaar.payments.provider=sandbox is refused in profile " + profiles
                    + ": the sandbox takes no money and is only for the profiles " + SANDBOX_PROFILES
                    + "; set bazaar.payments.provider=stripe (with bazaar.payments.stripe.secret-key and webhook-secret)");
        }
    }
}
