package io.bazaar.identity.verification;

import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.identity.support.CapturedLog;
import io.bazaar.identity.support.Tokens;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
public class VerificationTest {

    /** A resident identity number with a valid check character (the standard's own example). */
    public static final String RESIDENT_ID = "11010519491231002X";

    @Test
    void anApprovedSubmissionMakesTheShopperVerifiedInTheirNextToken() {
        try (CapturedLog log = new CapturedLog()) {
            Response shopper = activeAccount(newEmail());
            String token = shopper.path("accessToken");
            assertFalse(Tokens.claims(token).get("verified").asBoolean());

            Response submitted = submit(token, "张三", "CN_RESIDENT_ID", RESIDENT_ID.toLowerCase());
            submitted.then().statusCode(201).body("status", equalTo("SUBMITTED"))
                    .body("documentNumberMasked", equalTo("****002X")).body("accountId", nullValue());
            assertFalse(submitted.asString().contains(RESIDENT_ID));
            mine(token).then().statusCode(200).body("verified", equalTo(false)).body("latest.status", equalTo("SUBMITTED"))
                    .body("latest.legalName", equalTo("张三"));
            submit(token, "张三", "PASSPORT", "E12345678").then().statusCode(409)
                    .body("type", containsString("verification-pending"));

            String admin = adminToken();
            String id = submitted.path("id");
            Response queue = given().auth().oauth2(admin).queryParam("size", 100).get("/api/identity/verifications");
            queue.then().statusCode(200).body("items.id", hasItem(id));
            assertFalse(queue.asString().contains(RESIDENT_ID), "the admins' list shows the number masked only");

            given().auth().oauth2(token).post("/api/identity/verifications/" + id + "/approve").then().statusCode(403);
            given().post("/api/identity/verifications/" + id + "/approve").then().statusCode(401);
            given().auth().oauth2(admin).post("/api/identity/verifications/" + id + "/approve").then().statusCode(200)
                    .body("status", equalTo("VERIFIED"));
            given().auth().oauth2(admin).post("/api/identity/verifications/" + id + "/approve").then().statusCode(409);
            given().auth().oauth2(admin).post("/api/identity/verifications/" + UUID.randomUUID() + "/approve").then()
                    .statusCode(404);

            mine(token).then().body("verified", equalTo(true)).body("latest.status", equalTo("VERIFIED"));
            given().auth().oauth2(token).get("/api/me").then().body("verified", equalTo(true));
            String next = client().body(Map.of("refreshToken", shopper.path("refreshToken"))).post("/api/auth/refresh")
                    .then().statusCode(200).extract().path("accessToken");
            assertTrue(Tokens.claims(next).get("verified").asBoolean());
            submit(next, "张三", "PASSPORT", "E12345678").then().statusCode(409).body("type", containsString("already-verified"));

            assertTrue(log.size() > 0, "the log was captured");
            assertFalse(log.text().contains(RESIDENT_ID), "the number is never logged");
            assertFalse(log.text().toLowerCase().contains(RESIDENT_ID.toLowerCase()));
        }
    }

    @Test
    void aRejectedShopperReadsTheReasonAndMaySubmitAgain() {
        String token = activeAccount(newEmail()).path("accessToken");
        String id = submit(token, "Li Si", "PASSPORT", "G1234567").then().statusCode(201).extract().path("id");
        String admin = adminToken();
        client().auth().oauth2(admin).body(Map.of("reason", " ")).post("/api/identity/verifications/" + id + "/reject")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        client().auth().oauth2(token).body(Map.of("reason", "no")).post("/api/identity/verifications/" + id + "/reject")
                .then().statusCode(403);
        client().auth().oauth2(admin).body(Map.of("reason", "The name does not match the passport."))
                .post("/api/identity/verifications/" + id + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
        mine(token).then().body("verified", equalTo(false)).body("latest.status", equalTo("REJECTED"))
                .body("latest.rejectionReason", equalTo("The name does not match the passport."));
        given().auth().oauth2(admin).get("/api/identity/verifications").then().body("items.id", not(hasItem(id)));
        given().auth().oauth2(admin).queryParam("status", "REJECTED").queryParam("size", 100)
                .get("/api/identity/verifications").then().body("items.id", hasItem(id));

        submit(token, "Li Si", "PASSPORT", "G1234567").then().statusCode(201).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void malformedSubmissionsAreRefusedWithoutEchoingTheNumber() {
        String token = activeAccount(newEmail()).path("accessToken");
        Response badChecksum = submit(token, "张三", "CN_RESIDENT_ID", "110105194912310021");
        badChecksum.then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("documentNumber"));
        assertFalse(badChecksum.asString().contains("110105194912310021"));
        submit(token, "张三", "PASSPORT", "12-34").then().statusCode(400).body("errors.field", hasItem("documentNumber"));
        submit(token, "张三", "DRIVING_LICENCE", "E12345678").then().statusCode(400);
        submit(token, "", "PASSPORT", "E12345678").then().statusCode(400).body("errors.field", hasItem("legalName"));
        client().auth().oauth2(token).body(Map.of("legalName", "x")).post("/api/me/verification").then().statusCode(400)
                .body("errors.field", hasItem("documentType"));
        given().get("/api/me/verification").then().statusCode(401);
        mine(token).then().body("latest", nullValue());
    }

    @Test
    void theCipherBindsANumberToItsAccountAndItsKey() {
        DocumentCipher cipher = io.quarkus.arc.Arc.container().instance(DocumentCipher.class).get();
        UUID account = UUID.randomUUID();
        DocumentCipher.Sealed sealed = cipher.seal(account, RESIDENT_ID);
        assertEquals("local", sealed.keyId());
        assertFalse(sealed.ciphertext().contains(RESIDENT_ID));
        assertEquals(RESIDENT_ID, cipher.open(account, sealed));
        assertTrue(!cipher.seal(account, RESIDENT_ID).ciphertext().equals(sealed.ciphertext()), "a fresh nonce each time");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> cipher.open(UUID.randomUUID(), sealed));
        List.of(DocumentType.values()).forEach(type -> assertTrue(type.normalise("").isEmpty()));
    }

    public static Response submit(String token, String name, String type, String number) {
        return client().auth().oauth2(token).body(Map.of("legalName", name, "documentType", type, "documentNumber", number))
                .post("/api/me/verification");
    }

    static Response mine(String token) {
        return given().auth().oauth2(token).get("/api/me/verification");
    }

    static String adminToken() {
        return login("admin@bazaar.local", "admin-demo-pass").then().statusCode(200).extract().path("accessToken");
    }
}
