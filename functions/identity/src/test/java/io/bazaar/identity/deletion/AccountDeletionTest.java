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
import io.bazaar.members.contract.Inbox;
import io.bazaar.members.contract.InboxKind;
import io.bazaar.members.contract.InboxMessage;
import io.bazaar.reviews.contract.ProductReviews;
import io.bazaar.reviews.contract.PublishedReview;
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
    @Inject
    Inbox inbox;
    @Inject
    ProductReviews reviews;

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
    void deletingErasesTheAccountsReviewsFavouritesInboxDevicesAndReturnsInTheSameTransaction() {
        Response first = activeAccount(newEmail());
        String token = first.path("accessToken");
        UUID id = UUID.fromString(first.path("account.id"));
        UUID product = UUID.randomUUID();
        review(id, product, "Wang W.");
        sql("insert into favourite_products (account_id, product_id, merchant_id, currency, created_at) "
                + "values ($1, $2, $2, 'CNY', now())", Tuple.of(id, product));
        pool.withTransaction(tx -> inbox.post(tx, InboxMessage.of(id, InboxKind.ORDER, "order.paid", Map.of(),
                "/account/orders").alsoByEmail("wang@example.com"))).await().atMost(WAIT);
        sql("insert into push_devices (id, account_id, platform, token, token_hash, created_at, updated_at) "
                + "values ($1, $2, 'IOS', 'apns-token', repeat('b', 32) || substr(md5($2::text), 1, 32), now(), now())",
                Tuple.of(UUID.randomUUID(), id));
        UUID returned = returned(id);

        client().auth().oauth2(token).body(Map.of("password", PASSWORD)).post("/api/me/deletion").then().statusCode(204);

        PublishedReview kept = reviews.newest(pool, product, 1).await().atMost(WAIT).get(0);
        assertNull(kept.authorName(), "the review stays, counted, without the name");
        assertTrue(kept.authorErased(), "marked, for readers to say so in their language");
        assertEquals(5, kept.stars());
        assertEquals("Lovely tea.", kept.text());
        assertEquals(0L, count("select count(*) from favourite_products where account_id = $1", id));
        assertEquals(0L, count("select count(*) from member_notifications where account_id = $1", id));
        assertEquals(0L, count("select count(*) from push_devices where account_id = $1 and enabled", id));
        assertEquals(1L, count("select count(*) from member_erasures where account_id = $1", id),
                "the members job removes the SNS endpoints and the recently viewed list");
        Row ret = one("select details, tracking_number, (select count(*) from order_return_photos p where p.return_id = r.id) "
                + "as photos from order_returns r where id = $1", Tuple.of(returned));
        assertEquals("", ret.getString("details"));
        assertNull(ret.getString("tracking_number"));
        assertEquals(0L, ret.getLong("photos"));
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

    private void review(UUID account, UUID product, String author) {
        sql("""
                insert into reviews (id, account_id, author_name, order_number, line_no, product_id, merchant_id, sku_id,
                    product_name, sku_attributes, stars, title, body, status, created_at, updated_at)
                values ($1, $2, $3, $4, 1, $5, $6, $6, 'Tea', '{}'::jsonb, 5, 'Great', 'Lovely tea.', 'PUBLISHED', now(), now())""",
                Tuple.of(UUID.randomUUID(), account, author, "R" + Long.toString(System.nanoTime(), 36), product, UUID.randomUUID()));
    }

    /** An order of the account with a return that has text, tracking and a photo (fixtures in the orders tables). */
    private UUID returned(UUID account) {
        UUID checkout = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String number = "D" + Long.toString(System.nanoTime(), 36).toUpperCase();
        sql("insert into checkouts (id, account_id, idempotency_key, request_hash, currency, grand_total_minor, created_at) "
                + "values ($1, $2, $3, repeat('0', 64), 'CNY', 2500, now())", Tuple.of(checkout, account, checkout.toString()));
        sql("insert into orders (number, checkout_id, account_id, merchant_id, status, currency, items_minor, discount_minor, "
                + "shipping_minor, total_minor, ship_to, payment_method, created_at, updated_at) values ($1, $2, $3, $4, "
                + "'DELIVERED', 'CNY', 2000, 0, 500, 2500, '{\"name\":\"Wang Wu\",\"country\":\"CN\"}'::jsonb, "
                + "'sandbox-card', now(), now())", Tuple.of(number, checkout, account, UUID.randomUUID()));
        sql("insert into order_returns (id, order_number, account_id, merchant_id, kind, status, reason, details, currency, "
                + "carrier, tracking_number, created_at, updated_at) values ($1, $2, $3, $4, 'RETURN', 'SHIPPED_BACK', "
                + "'DAMAGED', 'Lid cracked, call me on 13800138000', 'CNY', 'SF Express', 'SF123', now(), now())",
                Tuple.of(id, number, account, UUID.randomUUID()));
        sql("insert into order_return_photos (id, account_id, return_id, object_key, content_type, size_bytes, position, "
                + "created_at) values ($1, $2, $3, $4, 'image/jpeg', 100, 0, now())",
                Tuple.of(UUID.randomUUID(), account, id, "returns/" + account + "/" + id));
        return id;
    }

    private long count(String sql, UUID account) {
        return one(sql, Tuple.of(account)).getLong(0);
    }

    private void sql(String sql, Tuple args) {
        pool.preparedQuery(sql).execute(args).await().atMost(WAIT);
    }

    private Row one(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).await().atMost(WAIT).iterator().next();
    }
}
