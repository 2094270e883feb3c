package io.bazaar.identity.session;

import static io.bazaar.identity.support.IdentityApi.accessToken;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.bazaar.identity.support.Tokens;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** Every area trusts only tokens identity signed, for Bazaar, unexpired and unaltered. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class AccessTokenVerificationTest {

    @Test
    void aValidTokenOpensTheProfile() {
        me(accessToken(activeAccount(newEmail()))).then().statusCode(200);
    }

    @Test
    void missingTokenIsUnauthorised() {
        given().get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("type", equalTo("https://bazaar.dev/problems/unauthenticated"));
    }

    @Test
    void tamperedTokenIsRejected() {
        String[] parts = accessToken(activeAccount(newEmail())).split("\\.");
        String forgedClaims = Tokens.encode(Tokens.claims(String.join(".", parts)).toString()
                .replace("\"customer\"", "\"platform-admin\""));
        me(parts[0] + "." + forgedClaims + "." + parts[2]).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void unsignedAlgNoneTokenIsRejected() {
        String[] parts = accessToken(activeAccount(newEmail())).split("\\.");
        String none = Tokens.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        me(none + "." + parts[1] + ".").then().statusCode(401);
        me(none + "." + parts[1]).then().statusCode(401);
    }

    @Test
    void expiredTokenIsRejected() {
        String expired = Jwt.subject(java.util.UUID.randomUUID().toString()).groups("customer")
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign();
        me(expired).then().statusCode(401);
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        me(Jwt.issuer("https://evil.example").subject(java.util.UUID.randomUUID().toString()).groups("customer").sign())
                .then().statusCode(401);
    }

    @Test
    void tokenForAnotherAudienceIsRejected() {
        me(Jwt.audience("someone-else").subject(java.util.UUID.randomUUID().toString()).groups("customer").sign())
                .then().statusCode(401);
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreign = Jwt.subject(java.util.UUID.randomUUID().toString()).groups("customer")
                .sign(generator.generateKeyPair().getPrivate());
        me(foreign).then().statusCode(401);
    }

    @Test
    void garbageIsRejected() {
        me("not.a.jwt").then().statusCode(401);
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/me").then().statusCode(401);
    }

    private static io.restassured.response.Response me(String token) {
        return given().auth().oauth2(token).get("/api/me");
    }
}
