package io.bazaar.identity.deletion;

import static io.bazaar.identity.support.IdentityApi.PASSWORD;
import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class AccountDeletionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Test
    void deletingErasesThePersonEndsEverySessionAndFreesTheLogin() {
        String email = newEmail();
        Response first = activeAccount(email);
        String token = first.path("accessToken");
        String other = login(email, PASSWORD).then().statusCode(200).extract().path("accessToken");
        UUID id = UUID.fromString(first.path("account.id"));
        client().auth().oauth2(token).body(Map.of("displayName", "Wang Wu", "birthday", "1980-02-03", "gender", "MALE"))
                .patch("/api/me").then().statusCode(200);
        VerificationTest.submit(token, "王五", "PASSPORT", "E98765432").then().statusCode(201);
        address(id);

        Response deleted = client().auth().oauth2(token).body(Map.of("password", PASSWORD)).post("/api/me/deletion");
        deleted.then().statusCode(204);
        assertTrue(deleted.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("bazaar_refresh=;")));

        Row account = one("select email, phone, display_name, birthday, gender, avatar_key, status, deleted_at, "
                + "password_hash from accounts where id = $1", Tuple.of(id));
        assertNull(account.getString("email"));
        assertNull(account.getString("phone"));
        assertNull(account.getString("display_name"));
        assertNull(account.getLocalDate("birthday"));
        assertNull(account.getString("gender"));
        assertEquals("DELETED", account.getString("status"));
        assertTrue(account.getOffsetDateTime("deleted_at") != null);
        assertEquals(0L, one("select count(*) from real_name_verifications where account_id = $1", Tuple.of(id)).getLong(0));
        assertEquals(0L, one("select count(*) from addresses where account_id = $1", Tuple.of(id)).getLong(0));

        client().auth().oauth2(token).get("/api/me").then().statusCode(401);
        client().auth().oauth2(other).get("/api/me").then().statusCode(401);
        client().body(Map.of("refreshToken", first.path("refreshToken"))).post("/api/auth/refresh").then().statusCode(401);
        login(email, PASSWORD).then().statusCode(401);

        // the login is free again: a new, unrelated account (its activation code waits for the per-minute limit)
        String again = io.bazaar.identity.support.IdentityApi.registerEmail(email).then().statusCode(201).extract().path("id");
        assertTrue(!again.equals(id.toString()));
    }

    @Test
    void theWrongPasswordDeletesNothing() {
        String email = newEmail();
        String token = activeAccount(email).path("accessToken");
        client().auth().oauth2(token).body(Map.of("password", "not my password")).post("/api/me/deletion").then()
                .statusCode(422).body("type", containsString("wrong-password"));
        client().auth().oauth2(token).body(Map.of()).post("/api/me/deletion").then().statusCode(400)
                .body("errors.field", hasItem("password"));
        client().body(Map.of("password", PASSWORD)).post("/api/me/deletion").then().statusCode(401);
        client().auth().oauth2(token).get("/api/me").then().statusCode(200);
        login(email, PASSWORD).then().statusCode(200);
    }

    @Test
    void staffAndAdminsCannotDeleteThemselves() {
        String admin = login("admin@bazaar.local", "admin-demo-pass").then().statusCode(200).extract().path("accessToken");
        client().auth().oauth2(admin).body(Map.of("password", "admin-demo-pass")).post("/api/me/deletion").then()
                .statusCode(409).body("type", containsString("account-has-role"));
        String staff = login("staff@acme.bazaar.local", "staff-demo-pass").then().statusCode(200).extract().path("accessToken");
        client().auth().oauth2(staff).body(Map.of("password", "staff-demo-pass")).post("/api/me/deletion").then()
                .statusCode(409);
    }

    private void address(UUID account) {
        pool.preparedQuery("insert into addresses (id, account_id, name, phone, country, city, line1, created_at, updated_at) "
                + "values ($1, $2, 'Wang Wu', '+8613800138000', 'CN', 'Hangzhou', '1 West Lake Road', now(), now())")
                .execute(Tuple.of(UUID.randomUUID(), account)).await().atMost(WAIT);
    }

    private Row one(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).await().atMost(WAIT).iterator().next();
    }
}
