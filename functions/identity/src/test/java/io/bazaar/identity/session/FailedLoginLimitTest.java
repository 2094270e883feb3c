package io.bazaar.identity.session;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bazaar.identity.support.TestClock;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The limit of 5 failed logins per login and window holds however many tries race each other. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class FailedLoginLimitTest {

    private static final int LIMIT = 5;
    private static final int PARALLEL_TRIES = 20;
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @TestHTTPResource("/api/auth/login")
    URI loginUri;

    @Inject
    TestClock clock;

    /** Starts each test at the beginning of a limit window, so no burst straddles two windows. */
    @BeforeEach
    void startOfAWindow() {
        clock.reset();
        long windowMillis = WINDOW.toMillis();
        clock.advance(Duration.ofMillis(windowMillis - clock.millis() % windowMillis));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void parallelWrongPasswordsGetAtMostFiveTriesAndThenEvenTheRightPasswordIsRefused() throws Exception {
        String email = newEmail();
        activeAccount(email);
        assertAtMostTheLimitWasTried(parallelLogins(email, PARALLEL_TRIES));
        login(email, PASSWORD).then().statusCode(429).contentType("application/problem+json")
                .body("type", containsString("login-throttled"));
    }

    @Test
    void parallelTriesOfAnUnknownLoginAreThrottledTheSameWay() throws Exception {
        String email = newEmail();
        assertAtMostTheLimitWasTried(parallelLogins(email, PARALLEL_TRIES));
        login(email, PASSWORD).then().statusCode(429).contentType("application/problem+json")
                .body("type", containsString("login-throttled"));
    }

    @Test
    void successfulLoginsDoNotUseUpTheAllowanceOfFailures() {
        String email = newEmail();
        activeAccount(email);
        for (int i = 0; i < LIMIT + 2; i++) {
            login(email, PASSWORD).then().statusCode(200);
        }
        for (int i = 0; i < LIMIT; i++) {
            login(email, "wrong password " + i).then().statusCode(401);
        }
        login(email, "wrong password again").then().statusCode(429);
    }

    private static void assertAtMostTheLimitWasTried(List<HttpResponse<String>> answers) {
        long tried = answers.stream().filter(a -> a.statusCode() == 401).count();
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() != 401).toList();
        assertTrue(tried >= 1 && tried <= LIMIT, tried + " of " + answers.size() + " tries were answered 401");
        for (HttpResponse<String> answer : refused) {
            assertEquals(429, answer.statusCode(), answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
            assertTrue(answer.body().contains("login-throttled"), answer.body());
        }
    }

    /** Sends wrong passwords for one login at once, each from a client address of its own. */
    private List<HttpResponse<String>> parallelLogins(String login, int count) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HttpRequest request = HttpRequest.newBuilder(loginUri)
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"login\":\"" + login + "\",\"password\":\"wrong password " + i + "\"}"))
                        .build();
                pending.add(threads.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
