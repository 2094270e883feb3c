package io.bazaar.identity.jobs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** With the default configuration, an area's jobs cannot be started over HTTP: only Lambdas turn the trigger on. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class JobTriggerOffTest {

    @Test
    void byDefaultTheJobTriggerIsNotThere() {
        given().post("/internal/jobs/anything")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bazaar.dev/problems/not-found"));
    }
}
