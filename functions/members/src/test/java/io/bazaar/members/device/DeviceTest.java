package io.bazaar.members.device;

import static io.bazaar.members.support.Members.rows;
import static io.bazaar.members.support.Members.shopper;
import static io.bazaar.orders.support.Shop.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.members.MembersConfig;
import io.bazaar.members.contract.Inbox;
import io.bazaar.members.contract.InboxKind;
import io.bazaar.members.contract.InboxMessage;
import io.bazaar.members.inbox.delivery.DeliverySender;
import io.bazaar.members.support.Members.Shopper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Endpoint;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class DeviceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SnsClient sns;
    @Inject
    MembersConfig config;
    @Inject
    Inbox inbox;
    @Inject
    Pool pool;
    @Inject
    DeliverySender deliveries;

    /** The Android platform application the test configuration names, in moto_server (creating it again is harmless). */
    @BeforeEach
    void androidApplicationExists() {
        String arn = sns.createPlatformApplication(r -> r.name("bazaar-test-android").platform("GCM")
                .attributes(Map.of("PlatformCredential", "test-fcm-server-key"))).platformApplicationArn();
        assertEquals(config.push().androidApplicationArn().orElseThrow(), arn);
    }

    @Test
    void anAndroidTokenBecomesAnSnsPlatformEndpointOnce() {
        Shopper me = shopper();
        String token = fcmToken();
        String id = as(me.token()).body(Map.of("platform", "android", "token", token)).post("/api/me/devices").then()
                .statusCode(201).body("platform", equalTo("android")).body("pushEnabled", equalTo(true))
                .extract().path("id");
        assertTrue(endpoints().stream().anyMatch(e -> token.equals(e.attributes().get("Token"))), "an SNS endpoint for the token");
        as(me.token()).body(Map.of("platform", "ANDROID", "token", token)).post("/api/me/devices").then().statusCode(201)
                .body("id", equalTo(id));
        as(me.token()).get("/api/me/devices").then().statusCode(200).body("$", hasSize(1)).body("[0].id", equalTo(id));
        assertEquals(1, endpoints().stream().filter(e -> token.equals(e.attributes().get("Token"))).count());
    }

    @Test
    void aNewNotificationIsPushedToTheAccountsEndpointsAfterTheCommit() {
        Shopper me = shopper();
        as(me.token()).body(Map.of("platform", "android", "token", fcmToken())).post("/api/me/devices").then().statusCode(201);
        UUID notification = post(me);
        deliveries.sendDue(Instant.now()).await().atMost(WAIT);
        assertEquals(List.of("PUSH SENT"), deliveries(notification));
    }

    @Test
    void withoutAPlatformApplicationTheDeviceIsStoredAndThePushRecorded() {
        Shopper me = shopper();
        as(me.token()).body(Map.of("platform", "ios", "token", "0f".repeat(32))).post("/api/me/devices").then()
                .statusCode(201).body("platform", equalTo("ios")).body("pushEnabled", equalTo(false));
        UUID notification = post(me);
        deliveries.sendDue(Instant.now()).await().atMost(WAIT);
        assertEquals(List.of("PUSH RECORDED"), deliveries(notification));
        as(me.token()).get("/api/me/notifications").then().body("items[0].id", equalTo(notification.toString()));
    }

    @Test
    void badTokensAndPlatformsAreRefusedAndNothingIsStored() {
        Shopper me = shopper();
        as(me.token()).body(Map.of("platform", "ios", "token", "not hex at all")).post("/api/me/devices").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("token"));
        as(me.token()).body(Map.of("platform", "android", "token", "short")).post("/api/me/devices").then()
                .statusCode(400).body("errors[0].field", equalTo("token"));
        as(me.token()).body(Map.of("platform", "windows-phone", "token", fcmToken())).post("/api/me/devices").then()
                .statusCode(400).body("errors[0].field", equalTo("platform"));
        as(me.token()).body(Map.of("platform", "ios")).post("/api/me/devices").then().statusCode(400)
                .body("errors[0].field", equalTo("token"));
        as(me.token()).body(Map.of("platform", "ios", "token", "0f".repeat(32), "extra", 1)).post("/api/me/devices").then()
                .statusCode(400);
        as(me.token()).get("/api/me/devices").then().body("$", hasSize(0));
    }

    @Test
    void anotherShoppersDeviceIsNotFoundAndRemovingMineDeletesItsEndpoint() {
        Shopper owner = shopper();
        Shopper other = shopper();
        String token = fcmToken();
        String id = as(owner.token()).body(Map.of("platform", "android", "token", token)).post("/api/me/devices").then()
                .statusCode(201).extract().path("id");
        as(other.token()).delete("/api/me/devices/" + id).then().statusCode(404)
                .body("type", equalTo("https://bazaar.dev/problems/device-not-found"));
        as(other.token()).get("/api/me/devices").then().body("$", hasSize(0));
        as(owner.token()).delete("/api/me/devices/" + id).then().statusCode(204);
        as(owner.token()).delete("/api/me/devices/" + id).then().statusCode(404);
        assertFalse(endpoints().stream().anyMatch(e -> token.equals(e.attributes().get("Token"))), "the endpoint is gone");
        given().get("/api/me/devices").then().statusCode(401);
    }

    private UUID post(Shopper to) {
        return pool.withTransaction(tx -> inbox.post(tx, InboxMessage.of(to.id(), InboxKind.SYSTEM, "system.welcome",
                Map.of(), null))).await().atMost(WAIT);
    }

    private static List<String> deliveries(UUID notification) {
        return rows("select channel, status from notification_deliveries where notification_id = $1", Tuple.of(notification))
                .stream().map(r -> r.getString("channel") + " " + r.getString("status")).toList();
    }

    private List<Endpoint> endpoints() {
        return sns.listEndpointsByPlatformApplication(r -> r.platformApplicationArn(config.push().androidApplicationArn()
                .orElseThrow())).endpoints();
    }

    private static String fcmToken() {
        return "fcm:" + UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }
}
