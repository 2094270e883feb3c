package io.bazaar.identity.session;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The local run's setting: over plain http to this machine the session cookies go without Secure, so curl keeps them. */
@QuarkusTest
@TestProfile(LoopbackCookiesTest.LocalRun.class)
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class LoopbackCookiesTest {

    /** What the local profile of the all-in-one server sets. */
    public static class LocalRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bazaar.http.plain-loopback-cookies", "true");
        }
    }

    @Test
    void overHttpToLocalhostTheSessionCookiesAreNotSecureAndComeBackToRefresh() {
        Response login = activeAccount(newEmail());
        List<String> cookies = login.headers().getValues("Set-Cookie");
        assertEquals(2, cookies.size(), cookies.toString());
        assertTrue(cookies.stream().noneMatch(c -> c.contains("Secure") || c.contains("Version")), cookies.toString());
        String refresh = cookies.stream().filter(c -> c.startsWith("bazaar_refresh=")).findFirst().orElseThrow();
        assertTrue(refresh.contains("HttpOnly") && refresh.contains("SameSite=Strict"), refresh);

        // what curl's cookie jar does: send the cookie back over http
        Response refreshed = given().cookie("bazaar_refresh", login.getCookie("bazaar_refresh"))
                .contentType(ContentType.JSON).body("{}").post("/api/auth/refresh");
        refreshed.then().statusCode(200);
        assertTrue(refreshed.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.contains("Secure")));
    }

    @Test
    void forAnyOtherHostTheyStaySecure() {
        String email = newEmail();
        activeAccount(email);
        Response login = client().header("Host", "shop.example").body(Map.of("login", email, "password", PASSWORD))
                .post("/api/auth/login");
        login.then().statusCode(200);
        List<String> cookies = login.headers().getValues("Set-Cookie");
        assertEquals(2, cookies.size(), cookies.toString());
        assertTrue(cookies.stream().allMatch(c -> c.contains("; Secure")), cookies.toString());
    }
}
