package io.bazaar.identity.password;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.lastCodeSentTo;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.bazaar.identity.support.IdentityApi.outbox;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class PasswordResetTest {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Test
    void aResetCodeSetsANewPasswordAndEndsEverySession() {
        String email = newEmail();
        var first = activeAccount(email);
        String oldRefresh = first.path("refreshToken");
        String oldAccess = first.path("accessToken");
        String otherAccess = login(email, PASSWORD).then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(oldAccess).get("/api/me").then().statusCode(200);

        requestCode(email).then().statusCode(202);
        assertTrue(outbox().emails().stream().anyMatch(m -> m.isTo(email) && m.subject().contains("password reset code")));
        confirm(email, lastCodeSentTo(email), NEW_PASSWORD).then().statusCode(204);

        login(email, PASSWORD).then().statusCode(401);
        login(email, NEW_PASSWORD).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", oldRefresh)).post("/api/auth/refresh")
                .then().statusCode(401);
        // the access tokens of both earlier sessions stop at once, not when they expire
        given().auth().oauth2(oldAccess).get("/api/me").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(otherAccess).get("/api/me").then().statusCode(401);
    }

    @Test
    void anUnknownLoginGetsTheSameAnswerAndNoMessage() {
        String unknown = newEmail();
        requestCode(unknown).then().statusCode(202);
        assertTrue(outbox().emails().stream().noneMatch(m -> m.isTo(unknown)));
        confirm(unknown, "123456", NEW_PASSWORD).then().statusCode(422).body("type", containsString("code-invalid"));
    }

    @Test
    void anActivationCodeDoesNotResetThePassword() {
        String email = newEmail();
        io.bazaar.identity.support.IdentityApi.registerEmail(email).then().statusCode(201);
        String activationCode = lastCodeSentTo(email);
        confirm(email, activationCode, NEW_PASSWORD).then().statusCode(422);
        login(email, NEW_PASSWORD).then().statusCode(401);
    }

    @Test
    void weakNewPasswordAndWrongCodeChangeNothing() {
        String email = newEmail();
        activeAccount(email);
        requestCode(email).then().statusCode(202);
        String code = lastCodeSentTo(email);
        confirm(email, code, "password1").then().statusCode(400).body("errors.field", hasItem("newPassword"));
        String wrong = code.equals("999999") ? "000000" : "999999";
        confirm(email, wrong, NEW_PASSWORD).then().statusCode(422).body("type", containsString("code-wrong"));
        login(email, PASSWORD).then().statusCode(200);
        confirm(email, code, NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void resetInputIsValidated() {
        client().body(Map.of()).post("/api/auth/password-reset").then().statusCode(400).body("errors.field", hasItem("login"));
        requestCode("nonsense").then().statusCode(400);
        client().body(Map.of("login", newEmail(), "code", "1")).post("/api/auth/password-reset/confirm").then()
                .statusCode(400).body("errors.field", hasItem("code")).body("errors.field", hasItem("newPassword"));
    }

    private static io.restassured.response.Response requestCode(String login) {
        return client().body(Map.of("login", login)).post("/api/auth/password-reset");
    }

    private static io.restassured.response.Response confirm(String login, String code, String password) {
        return client().body(Map.of("login", login, "code", code, "newPassword", password)).post("/api/auth/password-reset/confirm");
    }
}
