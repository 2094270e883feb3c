package io.bazaar.identity.staff;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.bazaar.identity.support.Shops.MANAGER;
import static io.bazaar.identity.support.Shops.ORDER_CLERK;
import static io.bazaar.identity.support.Shops.OWNER;
import static io.bazaar.identity.support.Shops.PRODUCT_EDITOR;
import static io.bazaar.identity.support.Shops.accept;
import static io.bazaar.identity.support.Shops.invitationCodeSentTo;
import static io.bazaar.identity.support.Shops.member;
import static io.bazaar.identity.support.Shops.newLogin;
import static io.bazaar.identity.support.Shops.shopWithOwner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import io.bazaar.identity.support.Shops.Member;
import io.bazaar.identity.support.Shops.Owner;
import io.bazaar.identity.support.Tokens;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
public class StaffAndRolesTest {

    @Test
    void anInvitedMemberGetsTheUnionOfTheirRolesAndNothingElse() {
        Owner owner = shopWithOwner("Union Shop");
        Member member = member(owner.token(), ORDER_CLERK, PRODUCT_EDITOR);
        assertEquals(List.of("imports", "orders", "products"), permissions(member.token()));
        assertEquals(owner.merchantId().toString(), Tokens.claims(member.token()).get("merchant_id").asText());
        given().auth().oauth2(member.token()).get("/api/merchant/me").then().statusCode(200)
                .body("merchantName", equalTo("Union Shop")).body("owner", equalTo(false))
                .body("permissions", contains("PRODUCTS", "ORDERS", "IMPORTS"))
                .body("roles.key", contains("order-clerk", "product-editor"));

        given().auth().oauth2(owner.token()).get("/api/merchant/staff").then().statusCode(200)
                .body("email", contains(owner.login(), member.login()))
                .body("find { it.email == '" + member.login() + "' }.roles.key", hasItems("order-clerk", "product-editor"));

        // no staff permission: 403 everywhere in the staff area; no token: 401; a shopper: 403
        client().auth().oauth2(member.token()).body(Map.of("login", newLogin("x"), "roleIds", List.of(ORDER_CLERK)))
                .post("/api/merchant/invitations").then().statusCode(403).body("type", endsWith("/missing-permission"));
        given().auth().oauth2(member.token()).get("/api/merchant/staff").then().statusCode(403);
        given().auth().oauth2(member.token()).get("/api/merchant/roles").then().statusCode(403);
        given().get("/api/merchant/staff").then().statusCode(401);
        given().get("/api/merchant/me").then().statusCode(401);
        String shopper = activeAccount(newEmail()).path("accessToken");
        given().auth().oauth2(shopper).get("/api/merchant/me").then().statusCode(403);
        given().auth().oauth2(shopper).get("/api/merchant/staff").then().statusCode(403);
    }

    @Test
    void invitationsAreSingleUseRevocableAndCheckedForBadInput() {
        Owner owner = shopWithOwner("Invitations Shop");
        String login = newLogin("revoked");
        String id = client().auth().oauth2(owner.token()).body(Map.of("login", login, "roleIds", List.of(ORDER_CLERK)))
                .post("/api/merchant/invitations").then().statusCode(201).body("status", equalTo("PENDING"))
                .body("roles.key", contains("order-clerk")).extract().path("id");
        String code = invitationCodeSentTo(login);
        given().auth().oauth2(owner.token()).get("/api/merchant/invitations").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("PENDING"));

        Owner other = shopWithOwner("Other Shop");
        given().auth().oauth2(other.token()).delete("/api/merchant/invitations/" + id).then().statusCode(404);
        given().auth().oauth2(other.token()).get("/api/merchant/invitations").then().body("id", not(hasItem(id)));
        given().auth().oauth2(owner.token()).delete("/api/merchant/invitations/" + id).then().statusCode(204);
        given().auth().oauth2(owner.token()).delete("/api/merchant/invitations/" + id).then().statusCode(409)
                .body("type", endsWith("/invitation-not-pending"));
        accept(login, code, PASSWORD).then().statusCode(422).body("type", endsWith("/invitation-revoked"));
        login(login, PASSWORD).then().statusCode(401);
        given().auth().oauth2(owner.token()).get("/api/merchant/invitations").then()
                .body("find { it.id == '" + id + "' }.status", equalTo("REVOKED"));

        // bad input changes nothing
        client().auth().oauth2(owner.token()).body(Map.of("login", "no-login", "roleIds", List.of(ORDER_CLERK)))
                .post("/api/merchant/invitations").then().statusCode(400).body("errors.field", hasItem("login"));
        client().auth().oauth2(owner.token()).body(Map.of("login", newLogin("x"), "roleIds", List.of()))
                .post("/api/merchant/invitations").then().statusCode(400).body("errors.field", hasItem("roleIds"));
        client().auth().oauth2(owner.token()).body(Map.of("login", newLogin("x"), "roleIds", List.of(UUID.randomUUID())))
                .post("/api/merchant/invitations").then().statusCode(400).body("errors.field", hasItem("roleIds"));
        String otherRole = createRole(other.token(), "Other's role", List.of("ORDERS")).then().statusCode(201).extract().path("id");
        client().auth().oauth2(owner.token()).body(Map.of("login", newLogin("x"), "roleIds", List.of(otherRole)))
                .post("/api/merchant/invitations").then().statusCode(400).body("errors.field", hasItem("roleIds"));
        client().auth().oauth2(owner.token()).body(Map.of("login", owner.login(), "roleIds", List.of(ORDER_CLERK)))
                .post("/api/merchant/invitations").then().statusCode(409).body("type", endsWith("/already-staff"));

        // a used invitation cannot be used again
        Member member = member(owner.token(), ORDER_CLERK);
        String used = given().auth().oauth2(owner.token()).get("/api/merchant/invitations").then()
                .extract().path("find { it.login == '" + member.login() + "' }.status");
        assertEquals("ACCEPTED", used);
        accept(member.login(), invitationCodeSentTo(member.login()), PASSWORD).then().statusCode(422)
                .body("type", endsWith("/invitation-used"));
    }

    @Test
    void rolesAreNamedSetsOfKnownPermissionsOfTheirShop() {
        Owner owner = shopWithOwner("Roles Shop");
        createRole(owner.token(), "Broken", List.of("ORDERS", "TELEPORT")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("permissions")));
        createRole(owner.token(), " ", List.of("ORDERS")).then().statusCode(400).body("errors.field", hasItem("name"));
        createRole(owner.token(), "Nothing", List.of()).then().statusCode(400).body("errors.field", hasItem("permissions"));
        createRole(owner.token(), "order clerk", List.of("ORDERS")).then().statusCode(409).body("type", endsWith("/role-name-taken"));
        String role = createRole(owner.token(), "Packer", List.of("ORDERS")).then().statusCode(201)
                .body("builtIn", equalTo(false)).body("permissions", contains("ORDERS")).extract().path("id");
        given().auth().oauth2(owner.token()).get("/api/merchant/roles").then().statusCode(200)
                .body("key", hasItems("owner", "manager", "order-clerk", "product-editor", "customer-service", "analyst"))
                .body("find { it.id == '" + role + "' }.name", equalTo("Packer"));

        Member packer = member(owner.token(), role);
        assertEquals(List.of("orders"), permissions(packer.token()));
        client().auth().oauth2(owner.token()).body(Map.of("name", "Packer and writer", "permissions", List.of("ORDERS", "MESSAGES")))
                .put("/api/merchant/roles/" + role).then().statusCode(200).body("name", equalTo("Packer and writer"))
                .body("members", equalTo(1));
        // the member's old token (with the old permissions) stops working; the next sign-in carries the new ones
        given().auth().oauth2(packer.token()).get("/api/merchant/me").then().statusCode(401);
        client().body(Map.of("refreshToken", packer.refreshToken())).post("/api/auth/refresh").then().statusCode(401);
        assertEquals(List.of("messages", "orders"), permissions(login(packer.login(), PASSWORD).path("accessToken")));

        client().auth().oauth2(owner.token()).body(Map.of("name", "Mine", "permissions", List.of("ORDERS")))
                .put("/api/merchant/roles/" + MANAGER).then().statusCode(422).body("type", endsWith("/role-built-in"));
        given().auth().oauth2(owner.token()).delete("/api/merchant/roles/" + OWNER).then().statusCode(422);
        given().auth().oauth2(owner.token()).delete("/api/merchant/roles/" + role).then().statusCode(409)
                .body("type", endsWith("/role-in-use"));

        Owner other = shopWithOwner("Not Your Roles");
        client().auth().oauth2(other.token()).body(Map.of("name", "Taken over", "permissions", List.of("STAFF")))
                .put("/api/merchant/roles/" + role).then().statusCode(404);
        given().auth().oauth2(other.token()).delete("/api/merchant/roles/" + role).then().statusCode(404);
        given().auth().oauth2(other.token()).get("/api/merchant/roles").then().body("id", not(hasItem(role)));

        String unused = createRole(owner.token(), "Temporary", List.of("STATISTICS")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(owner.token()).delete("/api/merchant/roles/" + unused).then().statusCode(204);
        given().auth().oauth2(owner.token()).get("/api/merchant/roles").then().body("id", not(hasItem(unused)));
    }

    @Test
    void changingRolesOrRemovingAMemberEndsTheirSessionsAtOnce() {
        Owner owner = shopWithOwner("Sessions Shop");
        Member clerk = member(owner.token(), ORDER_CLERK);
        client().auth().oauth2(owner.token()).body(Map.of("roleIds", List.of(PRODUCT_EDITOR)))
                .put("/api/merchant/staff/" + clerk.accountId() + "/roles").then().statusCode(200)
                .body("roles.key", contains("product-editor")).body("permissions", contains("PRODUCTS", "IMPORTS"));
        given().auth().oauth2(clerk.token()).get("/api/merchant/me").then().statusCode(401);
        String next = login(clerk.login(), PASSWORD).path("accessToken");
        assertEquals(List.of("imports", "products"), permissions(next));

        Owner other = shopWithOwner("Someone Else's");
        client().auth().oauth2(other.token()).body(Map.of("roleIds", List.of(ORDER_CLERK)))
                .put("/api/merchant/staff/" + clerk.accountId() + "/roles").then().statusCode(404);
        given().auth().oauth2(other.token()).delete("/api/merchant/staff/" + clerk.accountId()).then().statusCode(404);
        client().auth().oauth2(owner.token()).body(Map.of("roleIds", List.of(UUID.randomUUID())))
                .put("/api/merchant/staff/" + clerk.accountId() + "/roles").then().statusCode(400).body("errors.field", hasItem("roleIds"));

        given().auth().oauth2(owner.token()).delete("/api/merchant/staff/" + clerk.accountId()).then().statusCode(204);
        given().auth().oauth2(next).get("/api/merchant/me").then().statusCode(401);
        given().auth().oauth2(owner.token()).get("/api/merchant/staff").then().body("email", not(hasItem(clerk.login())));
        login(clerk.login(), PASSWORD).then().statusCode(200).body("account.staff", equalTo(null));
        given().auth().oauth2(owner.token()).delete("/api/merchant/staff/" + clerk.accountId()).then().statusCode(404);
    }

    @Test
    void theOwnerIsNeverRemovedAndTheLastOwnerKeepsTheOwnerRole() {
        Owner owner = shopWithOwner("Owners Shop");
        String ownerId = given().auth().oauth2(owner.token()).get("/api/me").path("id");
        given().auth().oauth2(owner.token()).delete("/api/merchant/staff/" + ownerId).then().statusCode(422)
                .body("type", endsWith("/owner-not-removable"));
        client().auth().oauth2(owner.token()).body(Map.of("roleIds", List.of(MANAGER)))
                .put("/api/merchant/staff/" + ownerId + "/roles").then().statusCode(422).body("type", endsWith("/last-owner"));
        given().auth().oauth2(owner.token()).get("/api/merchant/me").then().statusCode(200).body("owner", equalTo(true));

        // a staff manager who is not an owner may not touch owners or the owner role
        String staffRole = createRole(owner.token(), "Staff manager", List.of("STAFF")).then().statusCode(201).extract().path("id");
        Member manager = member(owner.token(), staffRole);
        client().auth().oauth2(manager.token()).body(Map.of("roleIds", List.of(MANAGER)))
                .put("/api/merchant/staff/" + ownerId + "/roles").then().statusCode(403).body("type", endsWith("/owner-only"));
        client().auth().oauth2(manager.token()).body(Map.of("roleIds", List.of(OWNER)))
                .put("/api/merchant/staff/" + manager.accountId() + "/roles").then().statusCode(403);
        client().auth().oauth2(manager.token()).body(Map.of("login", newLogin("x"), "roleIds", List.of(OWNER)))
                .post("/api/merchant/invitations").then().statusCode(403).body("type", endsWith("/owner-only"));
        given().auth().oauth2(manager.token()).delete("/api/merchant/staff/" + ownerId).then().statusCode(422);
        Member invitedByManager = member(manager.token(), ORDER_CLERK);
        assertEquals(List.of("orders"), permissions(invitedByManager.token()));

        // with a second owner, the first may step down
        Member second = member(owner.token(), OWNER);
        assertEquals(7, permissions(second.token()).size());
        client().auth().oauth2(second.token()).body(Map.of("roleIds", List.of(MANAGER)))
                .put("/api/merchant/staff/" + ownerId + "/roles").then().statusCode(200).body("owner", equalTo(false))
                .body("permissions", not(hasItem("STAFF")));
        given().auth().oauth2(owner.token()).get("/api/merchant/me").then().statusCode(401);
        client().auth().oauth2(second.token()).body(Map.of("roleIds", List.of(MANAGER)))
                .put("/api/merchant/staff/" + second.accountId() + "/roles").then().statusCode(422).body("type", endsWith("/last-owner"));
    }

    @Test
    void theDemoLoginsHoldTheirRoles() {
        String owner = login("owner@acme.bazaar.local", "merchant-demo-pass").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(owner).get("/api/merchant/me").then().statusCode(200).body("owner", equalTo(true))
                .body("roles.key", contains("owner"));
        String staff = login("staff@acme.bazaar.local", "staff-demo-pass").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(staff).get("/api/merchant/me").then().statusCode(200).body("owner", equalTo(false))
                .body("roles.key", contains("order-clerk", "product-editor"));
        assertEquals(List.of("imports", "orders", "products"), permissions(staff));
    }

    static io.restassured.response.Response createRole(String token, String name, List<String> permissions) {
        return client().auth().oauth2(token).body(Map.of("name", name, "permissions", permissions)).post("/api/merchant/roles");
    }

    static List<String> permissions(String token) {
        return StreamSupport.stream(Tokens.claims(token).get("permissions").spliterator(), false).map(n -> n.asText()).toList();
    }
}
