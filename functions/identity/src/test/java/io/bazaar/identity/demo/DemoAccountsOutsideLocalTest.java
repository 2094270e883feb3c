package io.bazaar.identity.demo;

import static io.bazaar.identity.support.IdentityApi.login;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Started under the prod profile with bazaar.demo.seed=true, the area creates no demo account. */
@QuarkusTest
@TestProfile(DemoAccountsOutsideLocalTest.Prod.class)
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class DemoAccountsOutsideLocalTest {

    /** The prod profile, with the demo flag switched on as a careless deployment might. */
    public static class Prod implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bazaar.demo.seed", "true", "quarkus.http.test-port", "0");
        }
    }

    @Test
    void theDemoFlagAloneCreatesNoAccountWithAPublishedPassword() {
        DemoAccounts.PASSWORDS.forEach((email, password) -> login(email, password).then().statusCode(401));
    }
}
