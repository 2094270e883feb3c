package io.bazaar.identity.session;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class SessionTest {

    @Test
    void loginReturnsTokensAndSetsTheRefreshAndMarkerCookies() {
        String email = newEmail();
        Response response = activeAccount(email);
        response.then().body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(900))
                .body("refreshToken", notNullValue()).body("account.email", equalTo(email))
                .header("Cache-Control", "no-store");
        List<String> cookies = response.headers().getValues("Set-Cookie");
        assertEquals(2, cookies.size(), cookies.toString());
        String refresh = cookies.stream().filter(c -> c.startsWith("bazaar_refresh=")).findFirst().orElseThrow();
        assertTrue(refresh.contains("HttpOnly") && refresh.contains("Secure") && refresh.contains("SameSite=Strict")
                && refresh.contains("Path=/api/auth"), refresh);
        assertTrue(refresh.startsWith("bazaar_refresh=" + response.path("refreshToken")));
        assertTrue(cookies.stream().noneMatch(c -> c.contains("Version")), "no RFC 2109 Version attribute: " + cookies);
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("bazaar_signed_in=1") && !c.contains("HttpOnly")));
    }

    @Test
    void unknownLoginAndWrongPasswordGetTheSameAnswer() {
        String email = newEmail();
        activeAccount(email);
        Response wrongPassword = login(email, "not the password at all");
        Response unknown = login(newEmail(), PASSWORD);
        wrongPassword.then().statusCode(401).contentType("application/problem+json");
        unknown.then().statusCode(401);
        assertEquals((String) wrongPassword.path("type"), unknown.path("type"));
        assertEquals((String) wrongPassword.path("detail"), unknown.path("detail"));
        login("+447700900999", PASSWORD).then().statusCode(401).body("type", equalTo(wrongPassword.path("type")));
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        Response first = activeAccount(newEmail());
        String oldRefresh = first.path("refreshToken");
        Response second = refresh(oldRefresh);
        second.then().statusCode(200).body("accessToken", notNullValue());
        assertNotEquals(oldRefresh, second.path("refreshToken"));
        assertEquals(2, second.headers().getValues("Set-Cookie").size());
        refresh(second.path("refreshToken")).then().statusCode(200);
    }

    @Test
    void replayedRefreshTokenRevokesTheWholeFamily() {
        String stolen = activeAccount(newEmail()).path("refreshToken");
        String legitimateNext = refresh(stolen).then().statusCode(200).extract().path("refreshToken");
        refresh(stolen).then().statusCode(401).body("type", containsString("refresh-token-reused"));
        refresh(legitimateNext).then().statusCode(401).body("type", containsString("invalid-refresh-token"));
    }

    @Test
    void refreshWorksFromTheCookieAlone() {
        String token = activeAccount(newEmail()).path("refreshToken");
        given().cookie("bazaar_refresh", token).contentType(ContentType.JSON).body("{}").post("/api/auth/refresh").then().statusCode(200)
                .body("refreshToken", notNullValue());
    }

    @Test
    void refreshWithoutOrWithUnknownTokenIsUnauthorised() {
        given().contentType(ContentType.JSON).body("{}").post("/api/auth/refresh").then().statusCode(401)
                .contentType("application/problem+json");
        given().post("/api/auth/refresh").then().statusCode(415).contentType("application/problem+json");
        refresh("not-a-token").then().statusCode(401).body("type", containsString("invalid-refresh-token"));
        refresh("x".repeat(101)).then().statusCode(400).body("errors[0].field", equalTo("refreshToken"));
    }

    @Test
    void logoutRevokesTheRefreshTokenAndClearsTheCookies() {
        String token = activeAccount(newEmail()).path("refreshToken");
        Response logout = client().body(Map.of("refreshToken", token)).post("/api/auth/logout");
        logout.then().statusCode(204);
        List<String> cleared = logout.headers().getValues("Set-Cookie");
        assertEquals(2, cleared.size());
        assertTrue(cleared.stream().allMatch(c -> c.contains("Max-Age=0")), cleared.toString());
        refresh(token).then().statusCode(401);
    }

    @Test
    void failedLoginsAreThrottledPerAccount() {
        String email = newEmail();
        activeAccount(email);
        for (int i = 0; i < 5; i++) {
            login(email, "wrong password " + i).then().statusCode(401);
        }
        login(email, PASSWORD).then().statusCode(429).body("type", containsString("login-throttled"));
    }

    @Test
    void loginsAreThrottledPerClientAddress() {
        String address = "198.51.100." + (int) (Math.random() * 255);
        for (int i = 0; i < 30; i++) {
            loginFrom(address, newEmail()).then().statusCode(401);
        }
        loginFrom(address, newEmail()).then().statusCode(429);
    }

    @Test
    void loginInputIsValidated() {
        client().body(Map.of("password", PASSWORD)).post("/api/auth/login").then().statusCode(400)
                .body("errors[0].field", equalTo("login"));
        client().body(Map.of("login", newEmail())).post("/api/auth/login").then().statusCode(400)
                .body("errors[0].field", equalTo("password"));
    }

    private static Response refresh(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", token)).post("/api/auth/refresh");
    }

    private static Response loginFrom(String address, String login) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("login", login, "password", PASSWORD)).post("/api/auth/login");
    }
}
