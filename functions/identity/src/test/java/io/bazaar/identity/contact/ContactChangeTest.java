package io.bazaar.identity.contact;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.lastCodeSentTo;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.bazaar.identity.support.IdentityApi.newPhone;
import static io.bazaar.identity.support.IdentityApi.outbox;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ContactChangeTest {

    @Test
    void aCodeSentToTheNewEmailMovesTheLoginAndTheOldAddressIsTold() {
        String old = newEmail();
        String next = newEmail();
        String token = activeAccount(old).path("accessToken");

        request(token, "email", next, PASSWORD).then().statusCode(202);
        String code = lastCodeSentTo(next);
        assertTrue(outbox().emails().stream().anyMatch(m -> m.isTo(next) && m.subject().contains("email confirmation code")));
        login(old, PASSWORD).then().statusCode(200);

        confirm(token, "email", next, code).then().statusCode(200).body("email", equalTo(next));
        login(next, PASSWORD).then().statusCode(200);
        login(old, PASSWORD).then().statusCode(401);
        assertTrue(outbox().emails().stream().anyMatch(m -> m.isTo(old) && m.subject().contains("email address was changed")),
                "the old address hears of the change");
        confirm(token, "email", next, code).then().statusCode(422).body("type", containsString("code-invalid"));
    }

    @Test
    void aPhoneCanBeAddedWithACodeSentByText() {
        String email = newEmail();
        String phone = newPhone();
        String token = activeAccount(email).path("accessToken");
        request(token, "phone", phone, PASSWORD).then().statusCode(202);
        assertTrue(outbox().sms().stream().anyMatch(m -> m.isTo(phone)));
        confirm(token, "phone", phone, lastCodeSentTo(phone)).then().statusCode(200).body("phone", equalTo(phone))
                .body("email", equalTo(email));
        login(phone, PASSWORD).then().statusCode(200);
        login(email, PASSWORD).then().statusCode(200);
    }

    @Test
    void aTakenAddressTheWrongPasswordAndBadAddressesChangeNothing() {
        String taken = newEmail();
        activeAccount(taken);
        String email = newEmail();
        String token = activeAccount(email).path("accessToken");
        request(token, "email", taken, PASSWORD).then().statusCode(409).body("type", containsString("login-taken"));
        request(token, "email", taken.toUpperCase(), PASSWORD).then().statusCode(409);
        request(token, "email", newEmail(), "not my password").then().statusCode(422).body("type", containsString("wrong-password"));
        request(token, "email", "not-an-email", PASSWORD).then().statusCode(400).body("errors.field", hasItem("newValue"));
        request(token, "phone", "12345", PASSWORD).then().statusCode(400).body("errors.field", hasItem("newValue"));
        request(token, "email", email, PASSWORD).then().statusCode(400);
        client().body(Map.of("newValue", newEmail(), "password", PASSWORD)).post("/api/me/email-change").then().statusCode(401);
        confirm(token, "email", newEmail(), "12").then().statusCode(400).body("errors.field", hasItem("code"));
        client().auth().oauth2(token).get("/api/me").then().body("email", equalTo(email));
    }

    @Test
    void aCodeWorksOnlyForItsAddressAndItsPurpose() {
        String email = newEmail();
        String mine = newEmail();
        String victim = newEmail();
        String token = activeAccount(email).path("accessToken");
        request(token, "email", mine, PASSWORD).then().statusCode(202);
        String code = lastCodeSentTo(mine);
        // a code proving control of one address does not move the login to another
        confirm(token, "email", victim, code).then().statusCode(422).body("type", containsString("code-wrong"));
        // nor is it a phone code
        confirm(token, "phone", "+14155550123", code).then().statusCode(422);

        // a password reset code is no email-change code
        client().body(Map.of("login", email)).post("/api/auth/password-reset").then().statusCode(202);
        String resetCode = lastCodeSentTo(email);
        confirm(token, "email", mine, resetCode.equals(code) ? "000000" : resetCode).then().statusCode(422);
        confirm(token, "email", mine, code).then().statusCode(200).body("email", equalTo(mine));
    }

    @Test
    void theNewAddressIsCheckedAgainWhenConfirmed() {
        String email = newEmail();
        String contested = newEmail();
        String token = activeAccount(email).path("accessToken");
        request(token, "email", contested, PASSWORD).then().statusCode(202);
        String code = lastCodeSentTo(contested);
        activeAccount(contested);
        confirm(token, "email", contested, code).then().statusCode(409).body("type", containsString("login-taken"));
        client().auth().oauth2(token).get("/api/me").then().body("email", equalTo(email));
    }

    private static Response request(String token, String kind, String value, String password) {
        return client().auth().oauth2(token).body(Map.of("newValue", value, "password", password))
                .post("/api/me/" + kind + "-change");
    }

    private static Response confirm(String token, String kind, String value, String code) {
        return client().auth().oauth2(token).body(Map.of("newValue", value, "code", code))
                .post("/api/me/" + kind + "-change/confirm");
    }
}
