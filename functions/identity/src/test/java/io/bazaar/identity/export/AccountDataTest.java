package io.bazaar.identity.export;

import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.identity.verification.VerificationTest;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class AccountDataTest {

    @Inject
    Pool pool;

    @Test
    void theDownloadHoldsProfileSessionsSubmissionsAndAddressesButNeverTheDocumentNumber() {
        String email = newEmail();
        Response session = activeAccount(email);
        String token = session.path("accessToken");
        UUID id = UUID.fromString(session.path("account.id"));
        client().auth().oauth2(token).body(Map.of("birthday", "1991-05-06")).patch("/api/me").then().statusCode(200);
        VerificationTest.submit(token, "赵六", "CN_RESIDENT_ID", VerificationTest.RESIDENT_ID).then().statusCode(201);
        pool.preparedQuery("insert into addresses (id, account_id, name, phone, country, city, line1, created_at, updated_at) "
                + "values ($1, $2, 'Zhao Liu', '+8613800138000', 'CN', 'Hangzhou', '9 Lake Road', now(), now())")
                .execute(Tuple.of(UUID.randomUUID(), id)).await().atMost(Duration.ofSeconds(30));

        Response data = client().auth().oauth2(token).get("/api/me/data");
        data.then().statusCode(200).header("Content-Disposition", containsString("attachment"))
                .header("Cache-Control", "no-store")
                .body("profile.email", equalTo(email)).body("profile.birthday", equalTo("1991-05-06"))
                .body("sessions", hasSize(1)).body("sessions[0].current", equalTo(true))
                .body("verifications", hasSize(1)).body("verifications[0].legalName", equalTo("赵六"))
                .body("verifications[0].documentNumberMasked", equalTo("****002X"))
                .body("addresses", hasSize(1)).body("addresses[0].line1", equalTo("9 Lake Road"))
                .body("orders", containsString("/api/orders"));
        assertFalse(data.asString().contains(VerificationTest.RESIDENT_ID), "the number is never exported");
        assertFalse(data.asString().contains("documentCiphertext") || data.asString().contains("password"));
    }

    @Test
    void theDownloadNeedsAToken() {
        client().get("/api/me/data").then().statusCode(401);
    }
}
