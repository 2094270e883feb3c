package io.bazaar.identity.session;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.accessToken;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The limit of 5 failed logins per login and window holds however many tries race each other; wrong current passwords
 * on the signed-in forms (password change, deletion) are limited the same way per account, and checks per address.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class FailedLoginLimitTest {

    private static final int LIMIT = 5;
    private static final int PARALLEL_TRIES = 20;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    /** bazaar.identity.login-attempts-per-address: checks of current passwords per address and window too. */
    private static final int ADDRESS_LIMIT = 30;
    private static final String NEW_PASSWORD = "a brand new passphrase";

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

    @Test
    void wrongCurrentPasswordsOnThePasswordAndDeletionFormsAreLimitedPerAccount() {
        String email = newEmail();
        String token = accessToken(activeAccount(email));
        for (int i = 0; i < LIMIT - 1; i++) {
            changePassword(token, "wrong password " + i, NEW_PASSWORD).then().statusCode(422)
                    .body("type", containsString("wrong-password"));
        }
        // each try from another address: the account's allowance is what runs out, and the forms share it
        deleteAccount(token, "wrong password again").then().statusCode(422).body("type", containsString("wrong-password"));
        Response refused = changePassword(token, PASSWORD, NEW_PASSWORD);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", containsString("password-check-throttled")).body("status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= WINDOW.toSeconds(), "Retry-After " + retryAfter);
        deleteAccount(token, PASSWORD).then().statusCode(429).header("Retry-After", notNullValue());
        // nothing changed, and signing in has an allowance of its own
        given().auth().oauth2(token).get("/api/me").then().statusCode(200);
        login(email, PASSWORD).then().statusCode(200);

        // the next window: the right password works again
        clock.advance(WINDOW);
        changePassword(token, PASSWORD, NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void rightCurrentPasswordsGiveTheirTryBackButEveryCheckCountsForTheAddress() {
        String token = accessToken(activeAccount(newEmail()));
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < ADDRESS_LIMIT; i++) {
            // the right password, then a new one the policy refuses: checked, counted, nothing changed
            fromAddress(address, token).body(Map.of("currentPassword", PASSWORD, "newPassword", "password1"))
                    .post("/api/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        }
        fromAddress(address, token).body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .post("/api/me/password").then().statusCode(429).header("Retry-After", notNullValue())
                .body("type", containsString("password-check-throttled"));
        // another address is not limited, and the account's own allowance is untouched by right passwords
        changePassword(token, PASSWORD, NEW_PASSWORD).then().statusCode(204);
    }

    private static Response changePassword(String token, String current, String next) {
        return client().auth().oauth2(token).body(Map.of("currentPassword", current, "newPassword", next))
                .post("/api/me/password");
    }

    private static Response deleteAccount(String token, String password) {
        return client().auth().oauth2(token).body(Map.of("password", password)).post("/api/me/deletion");
    }

    private static RequestSpecification fromAddress(String address, String token) {
        return given().contentType("application/json").header("X-Forwarded-For", address).auth().oauth2(token);
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
