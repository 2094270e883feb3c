package io.bazaar.identity.profile;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.accessToken;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.bazaar.identity.support.Tokens;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ProfileTest {

    @Test
    void theProfileIsTheTokensOwnAccount() {
        String email = newEmail();
        String token = accessToken(activeAccount(email));
        given().auth().oauth2(token).get("/api/me").then().statusCode(200)
                .body("email", equalTo(email)).body("status", equalTo("active")).body("activated", equalTo(true))
                .body("displayName", equalTo("Test Shopper")).body("platformAdmin", equalTo(false))
                .body("staff", nullValue()).body("passwordHash", nullValue());
    }

    @Test
    void eachPersonSeesAndChangesOnlyTheirOwnProfile() {
        String alice = newEmail();
        String bob = newEmail();
        String aliceToken = accessToken(activeAccount(alice));
        String bobToken = accessToken(activeAccount(bob));

        patch(bobToken, Map.of("displayName", "Bob")).then().statusCode(200).body("email", equalTo(bob))
                .body("displayName", equalTo("Bob"));
        given().auth().oauth2(aliceToken).get("/api/me").then().statusCode(200)
                .body("email", equalTo(alice)).body("displayName", equalTo("Test Shopper"));
    }

    @Test
    void displayNameChangesAndIsTrimmed() {
        String token = accessToken(activeAccount(newEmail()));
        patch(token, Map.of("displayName", "  Zoë 张伟  ")).then().statusCode(200).body("displayName", equalTo("Zoë 张伟"));
        patch(token, Map.of()).then().statusCode(200).body("displayName", equalTo("Zoë 张伟"));
    }

    @Test
    void rolesAndStatusCannotBeChangedThroughTheProfile() {
        String email = newEmail();
        String token = accessToken(activeAccount(email));
        patch(token, Map.of("platformAdmin", true)).then().statusCode(400).body("errors.field", hasItem("platformAdmin"));
        patch(token, Map.of("status", "active", "displayName", "Mallory")).then().statusCode(400);
        patch(token, Map.of("groups", new String[] { "platform-admin" })).then().statusCode(400);
        given().auth().oauth2(token).get("/api/me").then().body("platformAdmin", equalTo(false))
                .body("displayName", equalTo("Test Shopper"));
        JsonNode claims = Tokens.claims(accessToken(login(email, PASSWORD)));
        assertFalse(claims.get("groups").toString().contains("platform-admin"));
    }

    @Test
    void invalidDisplayNamesAreRejected() {
        String token = accessToken(activeAccount(newEmail()));
        patch(token, Map.of("displayName", "")).then().statusCode(400).body("errors[0].field", equalTo("displayName"));
        patch(token, Map.of("displayName", "   ")).then().statusCode(400);
        patch(token, Map.of("displayName", "x".repeat(81))).then().statusCode(400);
        patch(token, Map.of("displayName", "bell\u0007")).then().statusCode(400);
        given().auth().oauth2(token).contentType(ContentType.JSON).patch("/api/me").then().statusCode(400);
    }

    @Test
    void profileNeedsAToken() {
        given().contentType(ContentType.JSON).body(Map.of("displayName", "x")).patch("/api/me").then().statusCode(401);
    }

    @Test
    void demoStaffAndAdminCarryTheirRolesInTokensAndProfiles() {
        String staffToken = accessToken(login("staff@acme.bazaar.local", "staff-demo-pass").then().statusCode(200).extract().response());
        JsonNode staff = Tokens.claims(staffToken);
        assertTrue(staff.get("groups").toString().contains("merchant-staff"));
        assertEquals("[\"imports\",\"orders\",\"products\"]", staff.get("permissions").toString());
        assertEquals(staff.get("merchant_id").asText(), (String) given().auth().oauth2(staffToken).get("/api/me").path("staff.merchantId"));

        JsonNode owner = Tokens.claims(accessToken(login("owner@acme.bazaar.local", "merchant-demo-pass")));
        assertEquals(7, owner.get("permissions").size(), "owners hold every permission, imports and settings too");

        JsonNode admin = Tokens.claims(accessToken(login("admin@bazaar.local", "admin-demo-pass")));
        assertTrue(admin.get("groups").toString().contains("platform-admin"));
        assertFalse(admin.has("merchant_id"));
    }

    private static io.restassured.response.Response patch(String token, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).patch("/api/me");
    }
}
