package io.bazaar.identity.session;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.identity.support.Tokens;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class MySessionsTest {

    private static final String NEW_PASSWORD = "another fine passphrase";

    @Test
    void sessionsAreListedWithDeviceMaskedAddressAndTheCurrentOne() {
        String email = newEmail();
        Response phone = activeAccount(email);
        Response laptop = given().contentType("application/json").header("User-Agent", "Laptop Browser/1.0").header("X-Forwarded-For", "198.51.100.77")
                .body(Map.of("login", email, "password", PASSWORD)).post("/api/auth/login").then().statusCode(200)
                .extract().response();
        String laptopToken = laptop.path("accessToken");
        String laptopSid = Tokens.claims(laptopToken).get("sid").asText();
        assertNotEquals(laptopSid, Tokens.claims(phone.path("accessToken")).get("sid").asText());

        JsonPath sessions = given().auth().oauth2(laptopToken).get("/api/me/sessions").then().statusCode(200)
                .body("$", hasSize(2)).extract().jsonPath();
        List<Map<String, Object>> all = sessions.getList("$");
        Map<String, Object> current = all.stream().filter(s -> Boolean.TRUE.equals(s.get("current"))).findFirst().orElseThrow();
        assertEquals(laptopSid, current.get("id"));
        assertEquals("Laptop Browser/1.0", current.get("userAgent"));
        assertEquals("198.51.100.*", current.get("ipAddress"));
        assertTrue(current.get("createdAt") != null && current.get("lastUsedAt") != null);
        assertEquals(1, all.stream().filter(s -> Boolean.TRUE.equals(s.get("current"))).count());
    }

    @Test
    void signingOutOneSessionStopsItsAccessAndRefreshTokensAtOnce() {
        String email = newEmail();
        Response first = activeAccount(email);
        Response second = loginAgain(email);
        String firstToken = first.path("accessToken");
        String secondToken = second.path("accessToken");
        given().auth().oauth2(firstToken).get("/api/me").then().statusCode(200);

        String firstSid = Tokens.claims(firstToken).get("sid").asText();
        given().auth().oauth2(secondToken).delete("/api/me/sessions/" + firstSid).then().statusCode(204);

        given().auth().oauth2(firstToken).get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .body("type", containsString("unauthenticated"));
        refresh(first.path("refreshToken")).then().statusCode(401);
        given().auth().oauth2(secondToken).get("/api/me").then().statusCode(200);
        given().auth().oauth2(secondToken).get("/api/me/sessions").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aRefreshedTokenKeepsItsSessionAndItsLastUse() {
        Response first = activeAccount(newEmail());
        String sid = Tokens.claims(first.path("accessToken")).get("sid").asText();
        Response refreshed = refresh(first.path("refreshToken")).then().statusCode(200).extract().response();
        assertEquals(sid, Tokens.claims(refreshed.path("accessToken")).get("sid").asText());
        given().auth().oauth2(refreshed.<String>path("accessToken")).get("/api/me/sessions").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].current", equalTo(true));
    }

    @Test
    void anotherAccountsSessionIsNotFoundAndStaysSignedIn() {
        Response mine = activeAccount(newEmail());
        Response theirs = activeAccount(newEmail());
        String theirSid = Tokens.claims(theirs.path("accessToken")).get("sid").asText();
        given().auth().oauth2(mine.<String>path("accessToken")).delete("/api/me/sessions/" + theirSid).then()
                .statusCode(404).body("type", containsString("session-not-found"));
        given().auth().oauth2(mine.<String>path("accessToken")).delete("/api/me/sessions/no-such-session").then()
                .statusCode(404);
        given().auth().oauth2(theirs.<String>path("accessToken")).get("/api/me").then().statusCode(200);
        given().delete("/api/me/sessions/" + theirSid).then().statusCode(401);
    }

    @Test
    void signingOutOthersKeepsThisSessionAndSigningOutAllEndsItToo() {
        String email = newEmail();
        Response first = activeAccount(email);
        Response second = loginAgain(email);
        Response third = loginAgain(email);
        given().auth().oauth2(third.<String>path("accessToken")).delete("/api/me/sessions/others").then().statusCode(204);
        given().auth().oauth2(first.<String>path("accessToken")).get("/api/me").then().statusCode(401);
        given().auth().oauth2(second.<String>path("accessToken")).get("/api/me").then().statusCode(401);
        given().auth().oauth2(third.<String>path("accessToken")).get("/api/me").then().statusCode(200);

        Response all = given().auth().oauth2(third.<String>path("accessToken")).delete("/api/me/sessions");
        all.then().statusCode(204);
        assertTrue(all.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("bazaar_refresh=;")),
                all.headers().getValues("Set-Cookie").toString());
        given().auth().oauth2(third.<String>path("accessToken")).get("/api/me").then().statusCode(401);
        refresh(third.path("refreshToken")).then().statusCode(401);
    }

    @Test
    void logoutEndsTheAccessTokenToo() {
        Response session = activeAccount(newEmail());
        client().body(Map.of("refreshToken", session.path("refreshToken"))).post("/api/auth/logout").then().statusCode(204);
        given().auth().oauth2(session.<String>path("accessToken")).get("/api/me").then().statusCode(401);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        String email = newEmail();
        Response other = activeAccount(email);
        Response current = loginAgain(email);
        String token = current.path("accessToken");

        changePassword(token, "not my password", NEW_PASSWORD).then().statusCode(422)
                .body("type", containsString("wrong-password"));
        changePassword(token, PASSWORD, "password1").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        given().auth().oauth2(other.<String>path("accessToken")).get("/api/me").then().statusCode(200);
        client().auth().oauth2(token).body(Map.of("newPassword", NEW_PASSWORD)).post("/api/me/password").then()
                .statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        client().body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD)).post("/api/me/password").then()
                .statusCode(401);

        changePassword(token, PASSWORD, NEW_PASSWORD).then().statusCode(204);
        given().auth().oauth2(other.<String>path("accessToken")).get("/api/me").then().statusCode(401);
        refresh(other.path("refreshToken")).then().statusCode(401);
        given().auth().oauth2(token).get("/api/me").then().statusCode(200);
        refresh(current.path("refreshToken")).then().statusCode(200);
        client().body(Map.of("login", email, "password", PASSWORD)).post("/api/auth/login").then().statusCode(401);
        client().body(Map.of("login", email, "password", NEW_PASSWORD)).post("/api/auth/login").then().statusCode(200);
    }

    private static Response loginAgain(String email) {
        return client().body(Map.of("login", email, "password", PASSWORD)).post("/api/auth/login").then().statusCode(200)
                .extract().response();
    }

    private static Response changePassword(String token, String current, String next) {
        return client().auth().oauth2(token).body(Map.of("currentPassword", current, "newPassword", next))
                .post("/api/me/password");
    }

    private static Response refresh(String refreshToken) {
        return client().body(Map.of("refreshToken", refreshToken)).post("/api/auth/refresh");
    }
}
