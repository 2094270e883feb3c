package io.bazaar.members.inbox;

import static io.bazaar.members.support.Members.shopper;
import static io.bazaar.orders.support.Shop.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.members.contract.Inbox;
import io.bazaar.members.contract.InboxKind;
import io.bazaar.members.contract.InboxMessage;
import io.bazaar.members.support.Members.Shopper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class NotificationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Inbox inbox;
    @Inject
    Pool pool;

    @Test
    void theInboxListsNewestFirstWithTheUnreadCountAndKeepsReadState() {
        Shopper me = shopper();
        UUID first = post(me, InboxKind.SYSTEM, "system.welcome", Map.of());
        UUID second = post(me, InboxKind.REVIEW_REPLY, "review.replied", Map.of("product", "Tee"));
        as(me.token()).get("/api/me/notifications").then().statusCode(200)
                .body("items.id", contains(second.toString(), first.toString()))
                .body("items[0].kind", equalTo("REVIEW_REPLY")).body("items[0].params.product", equalTo("Tee"))
                .body("items[0].read", equalTo(false)).body("items[0].readAt", equalTo(null))
                .body("total", equalTo(2)).body("unread", equalTo(2));

        as(me.token()).post("/api/me/notifications/" + first + "/read").then().statusCode(200)
                .body("read", equalTo(true)).body("readAt", notNullValue());
        String readAt = as(me.token()).post("/api/me/notifications/" + first + "/read").then().statusCode(200)
                .extract().path("readAt");
        as(me.token()).post("/api/me/notifications/" + first + "/read").then().body("readAt", equalTo(readAt));
        as(me.token()).get("/api/me/notifications/unread-count").then().statusCode(200).body("unread", equalTo(1));
        as(me.token()).queryParam("unread", true).get("/api/me/notifications").then()
                .body("items.id", contains(second.toString())).body("total", equalTo(1)).body("unread", equalTo(1));

        as(me.token()).post("/api/me/notifications/read-all").then().statusCode(200).body("unread", equalTo(0));
        as(me.token()).get("/api/me/notifications").then().body("unread", equalTo(0)).body("items.read", contains(true, true));
    }

    @Test
    void anotherShoppersNotificationIsNotFound() {
        Shopper owner = shopper();
        Shopper other = shopper();
        UUID mine = post(owner, InboxKind.MESSAGE, "message.received", Map.of());
        as(other.token()).post("/api/me/notifications/" + mine + "/read").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bazaar.dev/problems/notification-not-found"));
        as(other.token()).post("/api/me/notifications/read-all").then().statusCode(200);
        as(other.token()).get("/api/me/notifications").then().body("items", hasSize(0));
        as(owner.token()).get("/api/me/notifications").then().body("unread", equalTo(1));
        as(owner.token()).post("/api/me/notifications/" + UUID.randomUUID() + "/read").then().statusCode(404);
    }

    @Test
    void theInboxNeedsATokenAndSanePaging() {
        given().get("/api/me/notifications").then().statusCode(401);
        given().post("/api/me/notifications/read-all").then().statusCode(401);
        as(shopper().token()).queryParam("page", -1).get("/api/me/notifications").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    private UUID post(Shopper to, InboxKind kind, String key, Map<String, String> params) {
        UUID id = pool.withTransaction(tx -> inbox.post(tx, InboxMessage.of(to.id(), kind, key, params, "/account")))
                .await().atMost(WAIT);
        // posts of the same millisecond would tie on created_at
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return id;
    }
}
