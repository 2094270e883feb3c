package io.bazaar.orders.payment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.bazaar.orders.payment.service.ProviderPolicy;

/** The start-up check of the payment provider, for each profile the project runs in. */
class ProviderPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "local", "test"})
    void theSandboxRunsInTheLocalAndTestProfiles(String profile) {
        assertDoesNotThrow(() -> ProviderPolicy.check("sandbox", List.of(profile)));
        assertDoesNotThrow(() -> ProviderPolicy.check("stripe", List.of(profile)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod", "lambda", "staging"})
    void aDeployedProfileRefusesTheSandbox(String profile) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ProviderPolicy.check("sandbox", List.of(profile)));
        assertTrue(refused.getMessage().contains("bazaar.payments.provider=sandbox is refused"), refused.getMessage());
        assertDoesNotThrow(() -> ProviderPolicy.check("stripe", List.of(profile)));
    }

    @org.junit.jupiter.api.Test
    void aProdProfileAmongOthersOrNoProfileRefusesTheSandbox() {
        assertThrows(IllegalStateException.class, () -> ProviderPolicy.check("sandbox", List.of("local", "prod")));
        assertThrows(IllegalStateException.class, () -> ProviderPolicy.check("sandbox", List.of()));
    }
}
