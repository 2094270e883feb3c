package io.bazaar.identity.support;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.config.ConfigProvider;

import io.bazaar.localenv.EmulatorOutbox;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Drives the identity API the way a client does, and reads what the emulator's SES/SNS delivered. */
public final class IdentityApi {

    public static final String PASSWORD = "correct horse battery";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private IdentityApi() {
    }

    /** A request from a client address of its own (TEST-NET-3 documentation range; only a header value). */
    public static RequestSpecification client() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "203.0." + random.nextInt(256) + "." + random.nextInt(256));
    }

    public static String newEmail() {
        return "shopper-" + UUID.randomUUID() + "@example.com";
    }

    /** A valid North American number in San Francisco's 555 exchange; SMS only ever reaches the emulator. */
    public static String newPhone() {
        return "+1415555" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    public static Response register(Map<String, Object> body) {
        return client().body(body).post("/api/auth/register");
    }

    public static Response registerEmail(String email) {
        return register(Map.of("email", email, "password", PASSWORD, "displayName", "Test Shopper"));
    }

    public static EmulatorOutbox outbox() {
        return new EmulatorOutbox(URI.create(ConfigProvider.getConfig().getValue("bazaar.aws.endpoint-override", String.class)));
    }

    public static String lastCodeSentTo(String login) {
        return outbox().lastSixDigitCodeSentTo(login).orElseThrow(() -> new AssertionError("no code sent to " + login));
    }

    public static Response activate(String login, String code) {
        return client().body(Map.of("login", login, "code", code)).post("/api/auth/activate");
    }

    public static Response login(String login, String password) {
        return client().body(Map.of("login", login, "password", password)).post("/api/auth/login");
    }

    /** Registers, activates and signs in a new email account; returns the login response. */
    public static Response activeAccount(String email) {
        registerEmail(email).then().statusCode(201);
        activate(email, lastCodeSentTo(email)).then().statusCode(204);
        return login(email, PASSWORD).then().statusCode(200).extract().response();
    }

    public static String accessToken(Response loginResponse) {
        return loginResponse.jsonPath().getString("accessToken");
    }
}
