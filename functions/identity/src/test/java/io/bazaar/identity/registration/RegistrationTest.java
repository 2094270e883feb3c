package io.bazaar.identity.registration;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.activate;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.lastCodeSentTo;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.bazaar.identity.support.IdentityApi.newPhone;
import static io.bazaar.identity.support.IdentityApi.outbox;
import static io.bazaar.identity.support.IdentityApi.register;
import static io.bazaar.identity.support.IdentityApi.registerEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.bazaar.identity.support.IdentityApi;
import io.bazaar.identity.support.TestClock;
import io.bazaar.identity.support.Tokens;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class RegistrationTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void emailRegistrationSendsACodeAndActivationUnlocksBuying() {
        String email = newEmail();
        registerEmail(email).then().statusCode(201)
                .body("status", equalTo("pending_activation"))
                .body("id", notNullValue())
                .body("codeSentTo", equalTo("s***@example.com"));
        assertTrue(outbox().emails().stream().anyMatch(m -> m.isTo(email) && m.subject().contains("activation code")));

        JsonNode pending = Tokens.claims(login(email, PASSWORD).then().statusCode(200).extract().path("accessToken"));
        assertFalse(pending.get("activated").asBoolean());
        assertTrue(pending.get("groups").toString().contains("customer"));
        assertFalse(pending.get("groups").toString().contains("buyer"), "an inactive account may not buy");

        activate(email, lastCodeSentTo(email)).then().statusCode(204);

        JsonNode active = Tokens.claims(login(email, PASSWORD).then().statusCode(200).extract().path("accessToken"));
        assertTrue(active.get("activated").asBoolean());
        assertTrue(active.get("groups").toString().contains("buyer"));
    }

    @Test
    void phoneRegistrationSendsTheCodeBySms() {
        String phone = newPhone();
        register(Map.of("phone", phone, "password", PASSWORD)).then().statusCode(201)
                .body("codeSentTo", equalTo(phone.substring(0, 3) + "*****" + phone.substring(phone.length() - 4)));
        assertTrue(outbox().sms().stream().anyMatch(m -> m.isTo(phone) && m.message().contains("activation code")));
        activate(phone, lastCodeSentTo(phone)).then().statusCode(204);
        login(phone, PASSWORD).then().statusCode(200).body("account.phone", equalTo(phone));
    }

    @ParameterizedTest
    @ValueSource(strings = { "plainaddress", "no-at.example.com", "two@@example.com", "user@localhost", "user@-bad.com", " " })
    void malformedEmailIsRejected(String email) {
        register(Map.of("email", email, "password", PASSWORD)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bazaar.dev/problems/validation"))
                .body("errors.field", hasItem("email"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "07700900123", "+0447700900123", "+1234", "+4477009001234567", "+44 7700 900123", "+19999999999" })
    void malformedPhoneIsRejected(String phone) {
        register(Map.of("phone", phone, "password", PASSWORD)).then().statusCode(400)
                .body("errors.field", hasItem("phone"));
    }

    @Test
    void exactlyOneOfEmailAndPhoneIsRequired() {
        register(Map.of("password", PASSWORD)).then().statusCode(400).body("errors.field", hasItem("email"));
        register(Map.of("email", newEmail(), "phone", newPhone(), "password", PASSWORD)).then().statusCode(400)
                .body("errors.field", hasItem("phone"));
    }

    @Test
    void weakPasswordsAreRejectedAndNothingIsStored() {
        String email = newEmail();
        String name = email.substring(0, email.indexOf('@'));
        for (String weak : new String[] { "short", "password123", "qwertyuiop", "aaaaaaaaaa", name + "!x" }) {
            register(Map.of("email", email, "password", weak)).then().statusCode(400)
                    .body("errors.field", hasItem("password"));
        }
        register(Map.of("email", email)).then().statusCode(400).body("errors.field", hasItem("password"));
        registerEmail(email).then().statusCode(201);
    }

    @Test
    void duplicateAccountIsAConflictWhateverTheCase() {
        String email = newEmail();
        registerEmail(email).then().statusCode(201);
        registerEmail(email.toUpperCase()).then().statusCode(409)
                .body("type", equalTo("https://bazaar.dev/problems/account-exists"));
    }

    @Test
    void wrongCodeIsRejectedAndFiveWrongTriesBurnTheCode() {
        String email = newEmail();
        registerEmail(email).then().statusCode(201);
        String code = lastCodeSentTo(email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 4; attempt++) {
            activate(email, wrong).then().statusCode(422).body("type", containsString("code-wrong"));
        }
        activate(email, wrong).then().statusCode(422).body("type", containsString("code-burned"));
        activate(email, code).then().statusCode(422).body("type", containsString("code-invalid"));
    }

    @Test
    void expiredCodeIsRejected() {
        String email = newEmail();
        registerEmail(email).then().statusCode(201);
        String code = lastCodeSentTo(email);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        activate(email, code).then().statusCode(422).body("type", containsString("code-invalid"));
    }

    @Test
    void resendingIsRateLimitedAndANewCodeReplacesTheOld() {
        String email = newEmail();
        registerEmail(email).then().statusCode(201);
        String first = lastCodeSentTo(email);
        client().body(Map.of("login", email)).post("/api/auth/activation-code").then().statusCode(429)
                .body("type", containsString("code-rate-limited"));

        clock.advance(Duration.ofSeconds(61));
        client().body(Map.of("login", email)).post("/api/auth/activation-code").then().statusCode(202);
        String second = lastCodeSentTo(email);
        if (!first.equals(second)) {
            activate(email, first).then().statusCode(422);
        }
        activate(email, second).then().statusCode(204);
    }

    @Test
    void resendForAnUnknownLoginLooksTheSame() {
        String unknown = newEmail();
        client().body(Map.of("login", unknown)).post("/api/auth/activation-code").then().statusCode(202);
        assertTrue(outbox().emails().stream().noneMatch(m -> m.isTo(unknown)));
    }

    @Test
    void activatingTwiceIsAConflict() {
        String email = newEmail();
        IdentityApi.activeAccount(email);
        activate(email, "123456").then().statusCode(409).body("type", containsString("already-activated"));
    }

    @Test
    void activationInputIsValidated() {
        activate(newEmail(), "12ab").then().statusCode(400).body("errors.field", hasItem("code"));
        activate("not a login", "123456").then().statusCode(400).body("errors.field", hasItem("login"));
        activate(newEmail(), "123456").then().statusCode(422).body("type", containsString("code-invalid"));
    }

    @Test
    void malformedBodiesAreProblems() {
        client().body("{\"email\":").post("/api/auth/register").then().statusCode(400)
                .contentType("application/problem+json").body("type", containsString("malformed-body"));
        client().post("/api/auth/register").then().statusCode(400).contentType("application/problem+json");
        client().body(Map.of("email", newEmail(), "password", PASSWORD, "platformAdmin", true))
                .post("/api/auth/register").then().statusCode(400).body("errors.field", hasItem("platformAdmin"));
        client().body("{\"email\": 42, \"password\": []}").post("/api/auth/register").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void twoRegistrationsGetDifferentCodes() {
        String a = newEmail();
        String b = newEmail();
        registerEmail(a).then().statusCode(201);
        registerEmail(b).then().statusCode(201);
        assertNotEquals(outbox().emails().stream().filter(m -> m.isTo(a)).findFirst().orElseThrow().body(),
                outbox().emails().stream().filter(m -> m.isTo(b)).findFirst().orElseThrow().body());
        assertEquals(1, outbox().emails().stream().filter(m -> m.isTo(a)).count());
    }
}
