package io.bazaar.server.jobs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Jobs started the way EventBridge starts them in AWS: POST /internal/jobs/{name} with the trigger on. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class JobTriggerResourceTest {

    @Inject
    TallyJob tally;

    @Test
    void postingToAJobRunsItOnce() {
        int before = tally.runs();

        given().post("/internal/jobs/tally")
                .then().statusCode(204).body(emptyString());

        assertEquals(before + 1, tally.runs());
    }

    @Test
    void anUnknownJobIsA404Problem() {
        given().post("/internal/jobs/no-such-job")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bazaar.dev/problems/unknown-job"))
                .body("detail", containsString("no-such-job"));
    }

    @Test
    void aFailingJobIsA500ProblemWithoutItsError() {
        given().post("/internal/jobs/broken")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bazaar.dev/problems/internal"))
                .body(not(containsString("db.internal")));
    }

    @Test
    void jobsAreOnlyStartedByPost() {
        int before = tally.runs();

        given().get("/internal/jobs/tally").then().statusCode(405);

        assertEquals(before, tally.runs());
    }
}
