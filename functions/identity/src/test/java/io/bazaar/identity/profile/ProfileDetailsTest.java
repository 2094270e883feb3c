package io.bazaar.identity.profile;

import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ProfileDetailsTest {

    @Test
    void birthdayAndGenderAreSetAndLeftAloneWhenLeftOut() {
        String token = activeAccount(newEmail()).path("accessToken");
        client().auth().oauth2(token).get("/api/me").then().body("birthday", nullValue()).body("gender", nullValue())
                .body("avatarUrl", nullValue()).body("verified", equalTo(false));
        client().auth().oauth2(token).body(Map.of("birthday", "1990-04-01", "gender", "UNSPECIFIED")).patch("/api/me")
                .then().statusCode(200).body("birthday", equalTo("1990-04-01")).body("gender", equalTo("UNSPECIFIED"));
        client().auth().oauth2(token).body(Map.of("displayName", "Mei")).patch("/api/me").then().statusCode(200)
                .body("birthday", equalTo("1990-04-01")).body("gender", equalTo("UNSPECIFIED")).body("displayName", equalTo("Mei"));
        client().auth().oauth2(token).body(Map.of("gender", "FEMALE")).patch("/api/me").then().body("gender", equalTo("FEMALE"));
    }

    @Test
    void impossibleBirthdaysAndUnknownGendersAreRefused() {
        String token = activeAccount(newEmail()).path("accessToken");
        client().auth().oauth2(token).body(Map.of("birthday", LocalDate.now().plusDays(1).toString())).patch("/api/me")
                .then().statusCode(400).body("errors.field", hasItem("birthday"));
        client().auth().oauth2(token).body(Map.of("birthday", "1850-01-01")).patch("/api/me")
                .then().statusCode(400).body("errors.field", hasItem("birthday"));
        client().auth().oauth2(token).body(Map.of("birthday", "not a date")).patch("/api/me").then().statusCode(400);
        client().auth().oauth2(token).body(Map.of("gender", "ROBOT")).patch("/api/me").then().statusCode(400);
        client().auth().oauth2(token).get("/api/me").then().body("birthday", nullValue()).body("gender", nullValue());
    }
}
