package io.bazaar.identity.shop;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newPhone;
import static io.bazaar.identity.support.Shops.accept;
import static io.bazaar.identity.support.Shops.adminToken;
import static io.bazaar.identity.support.Shops.invitationCodeSentTo;
import static io.bazaar.identity.support.Shops.newLogin;
import static io.bazaar.identity.support.Shops.open;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.identity.support.IdentityApi;
import io.bazaar.identity.support.TestClock;
import io.bazaar.identity.support.Tokens;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
public class ShopsTest {

    @Inject
    TestClock clock;

    @Test
    void anAdminOpensAShopAndItsInvitedOwnerJoinsWithTheCode() {
        String owner = newLogin("owner");
        Response opened = open("Tea House " + UUID.randomUUID(), owner);
        opened.then().statusCode(201).body("invitation.owner", equalTo(true)).body("invitation.status", equalTo("PENDING"))
                .body("invitation.login", equalTo(owner)).body("invitation.roles[0].key", equalTo("owner"))
                .body("shop.owners.size()", equalTo(0)).body("shop.pendingInvitations", equalTo(1));
        String merchant = opened.path("shop.id");
        String code = invitationCodeSentTo(owner);
        assertFalse(opened.asString().contains(code), "the code goes to the owner only");

        accept(owner, code, "short").then().statusCode(400).body("errors.field", hasItem("password"));
        accept(newLogin("someone"), code, PASSWORD).then().statusCode(422).body("type", endsWith("/invitation-invalid"));
        accept(owner, "AAAAA-AAAAA", PASSWORD).then().statusCode(422).body("type", endsWith("/invitation-invalid"));
        Response joined = accept(owner, code.toLowerCase(), PASSWORD);
        joined.then().statusCode(200).header("Cache-Control", "no-store").body("merchantId", equalTo(merchant))
                .body("owner", equalTo(true)).body("accountCreated", equalTo(true))
                .body("session.tokenType", equalTo("Bearer")).body("session.account.staff.owner", equalTo(true));
        accept(owner, code, PASSWORD).then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/invitation-used"));

        // accepting signs in as the login does: the access token carries the shop, the refresh cookie goes on
        List<String> cookies = joined.headers().getValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("bazaar_refresh=" + joined.path("session.refreshToken")
                + ";") && c.contains("HttpOnly") && c.contains("Path=/api/auth")), cookies.toString());
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("bazaar_signed_in=1")), cookies.toString());
        given().cookie("bazaar_refresh", joined.<String>path("session.refreshToken")).contentType("application/json")
                .body("{}").post("/api/auth/refresh").then().statusCode(200).body("account.staff.owner", equalTo(true));
        given().auth().oauth2(joined.<String>path("session.accessToken")).get("/api/merchant/me").then().statusCode(200)
                .body("merchantId", equalTo(merchant));
        given().auth().oauth2(joined.<String>path("session.accessToken")).get("/api/me/sessions").then().statusCode(200)
                .body("size()", equalTo(1));

        String token = login(owner, PASSWORD).then().statusCode(200).body("account.staff.owner", equalTo(true))
                .extract().path("accessToken");
        var claims = Tokens.claims(token);
        assertEquals(merchant, claims.get("merchant_id").asText());
        assertEquals(List.of("imports", "messages", "orders", "products", "settings", "staff", "statistics"),
                java.util.stream.StreamSupport.stream(claims.get("permissions").spliterator(), false).map(n -> n.asText()).toList());
        given().auth().oauth2(token).get("/api/merchant/me").then().statusCode(200).body("merchantId", equalTo(merchant))
                .body("owner", equalTo(true)).body("permissions", hasItem("STAFF")).body("roles.key", contains("owner"));

        given().auth().oauth2(adminToken()).queryParam("q", opened.path("shop.name").toString().substring(0, 20))
                .get("/api/admin/merchants").then().statusCode(200).body("items[0].id", equalTo(merchant))
                .body("items[0].owners", contains(owner)).body("items[0].staff", equalTo(1))
                .body("items[0].pendingInvitations", equalTo(0));
    }

    @Test
    void anExistingAccountSignsInToAcceptAndAPhoneOwnerGetsTheCodeBySms() {
        String shopper = IdentityApi.newEmail();
        activeAccount(shopper);
        open("Existing Owner Shop", shopper).then().statusCode(201);
        String code = invitationCodeSentTo(shopper);
        accept(shopper, code, "wrong password here").then().statusCode(401).body("type", endsWith("/invalid-credentials"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        String staffToken = accept(shopper, code, PASSWORD).then().statusCode(200).body("accountCreated", equalTo(false))
                .extract().path("session.accessToken");
        assertEquals("merchant-staff", java.util.stream.StreamSupport.stream(Tokens.claims(staffToken).get("groups")
                .spliterator(), false).map(n -> n.asText()).filter("merchant-staff"::equals).findFirst().orElse(null));
        accept(shopper, code, PASSWORD).then().statusCode(422).body("type", endsWith("/invitation-used"));

        String phone = newPhone();
        open("Phone Owner Shop", phone).then().statusCode(201).body("invitation.login", equalTo(phone));
        accept(phone, invitationCodeSentTo(phone), PASSWORD).then().statusCode(200);
        login(phone, PASSWORD).then().statusCode(200).body("account.staff.owner", equalTo(true));

        // an account works for one shop (the demo's staff member works for Acme)
        open("Second Shop", "staff@acme.bazaar.local").then().statusCode(201);
        accept("staff@acme.bazaar.local", invitationCodeSentTo("staff@acme.bazaar.local"), "staff-demo-pass").then()
                .statusCode(409).body("type", endsWith("/staff-elsewhere"));
        // and a second invitation to the same login within the minute is refused like any code
        open("Third Shop", shopper).then().statusCode(429).body("type", endsWith("/code-rate-limited"));
    }

    @Test
    void anExpiredInvitationIsRefused() {
        String owner = newLogin("late");
        open("Late Shop", owner).then().statusCode(201);
        String code = invitationCodeSentTo(owner);
        clock.advance(Duration.ofDays(8));
        try {
            accept(owner, code, PASSWORD).then().statusCode(422).body("type", endsWith("/invitation-expired"));
        } finally {
            clock.reset();
        }
        login(owner, PASSWORD).then().statusCode(401);
    }

    @Test
    void openingAShopIsForAdminsAndNeedsANameAndALogin() {
        String admin = adminToken();
        client().auth().oauth2(admin).body(Map.of("name", " ", "ownerLogin", newLogin("x"))).post("/api/admin/merchants")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        client().auth().oauth2(admin).body(Map.of("name", "Shop", "ownerLogin", "not a login")).post("/api/admin/merchants")
                .then().statusCode(400).body("errors.field", hasItem("ownerLogin"));
        String shopper = activeAccount(IdentityApi.newEmail()).path("accessToken");
        client().auth().oauth2(shopper).body(Map.of("name", "Shop", "ownerLogin", newLogin("x"))).post("/api/admin/merchants")
                .then().statusCode(403);
        client().body(Map.of("name", "Shop", "ownerLogin", newLogin("x"))).post("/api/admin/merchants").then().statusCode(401);
        given().auth().oauth2(shopper).get("/api/admin/merchants").then().statusCode(403);
        client().auth().oauth2(admin).body(Map.of("login", newLogin("x")))
                .post("/api/admin/merchants/" + UUID.randomUUID() + "/owner-invitations").then().statusCode(404);
    }

    @Test
    void anApprovedApplicationOpensTheShopAndInvitesTheContact() {
        String contact = newLogin("applicant");
        Response applied = client().body(Map.of("businessName", "Noodle Bar", "contactName", "Nora", "contact", contact,
                "message", "We sell noodles.")).post("/api/shop-applications");
        applied.then().statusCode(201).body("status", equalTo("PENDING"));
        String id = applied.path("id");
        client().body(Map.of("businessName", "", "contactName", "Nora", "contact", "nope")).post("/api/shop-applications")
                .then().statusCode(400).body("errors.field", hasItem("businessName"));
        client().body(Map.of("businessName", "X", "contactName", "Nora", "contact", "nope")).post("/api/shop-applications")
                .then().statusCode(400).body("errors.field", hasItem("contact"));

        String admin = adminToken();
        given().auth().oauth2(admin).queryParam("size", 100).get("/api/admin/shop-applications").then().statusCode(200)
                .body("items.id", hasItem(id));
        String shopper = activeAccount(IdentityApi.newEmail()).path("accessToken");
        client().auth().oauth2(shopper).body(Map.of()).post("/api/admin/shop-applications/" + id + "/approve").then().statusCode(403);
        client().auth().oauth2(admin).body(Map.of("shopName", "Nora's Noodles"))
                .post("/api/admin/shop-applications/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("merchantId", not(equalTo(null)));
        client().auth().oauth2(admin).body(Map.of()).post("/api/admin/shop-applications/" + id + "/approve").then()
                .statusCode(409).body("type", endsWith("/application-decided"));
        client().auth().oauth2(admin).body(Map.of()).post("/api/admin/shop-applications/" + UUID.randomUUID() + "/approve")
                .then().statusCode(404);
        accept(contact, invitationCodeSentTo(contact), PASSWORD).then().statusCode(200).body("merchantName", equalTo("Nora's Noodles"))
                .body("owner", equalTo(true));
    }

    @Test
    void aRejectedApplicationKeepsItsReasonAndOpensNothing() {
        String contact = newLogin("rejected");
        String id = client().body(Map.of("businessName", "Dubious Ltd", "contactName", "Dan", "contact", contact))
                .post("/api/shop-applications").then().statusCode(201).extract().path("id");
        String admin = adminToken();
        client().auth().oauth2(admin).body(Map.of("reason", "")).post("/api/admin/shop-applications/" + id + "/reject")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        client().auth().oauth2(admin).body(Map.of("reason", "We could not verify the business."))
                .post("/api/admin/shop-applications/" + id + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("decisionNote", equalTo("We could not verify the business."));
        given().auth().oauth2(admin).queryParam("status", "REJECTED").queryParam("size", 100)
                .get("/api/admin/shop-applications").then().body("items.id", hasItem(id));
        assertTrue(IdentityApi.outbox().emails().stream().noneMatch(m -> m.isTo(contact)), "no invitation was sent");
    }
}
