package io.bazaar.platform.jobs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** With the default configuration (the all-in-one server), jobs cannot be started over HTTP. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class JobTriggerOffTest {

    @Inject
    TallyJob tally;

    @Test
    void byDefaultTheTriggerIsA404AndRunsNothing() {
        int before = tally.runs();

        given().post("/internal/jobs/tally")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bazaar.dev/problems/not-found"));

        assertEquals(before, tally.runs());
    }
}
