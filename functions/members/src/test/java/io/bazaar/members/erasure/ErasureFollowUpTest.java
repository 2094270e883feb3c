package io.bazaar.members.erasure;

import static io.bazaar.members.support.Members.product;
import static io.bazaar.members.support.Members.rows;
import static io.bazaar.members.support.Members.shopper;
import static io.bazaar.orders.support.Shop.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.members.MembersConfig;
import io.bazaar.members.contract.MemberRecords;
import io.bazaar.members.jobs.InboxDeliveriesJob;
import io.bazaar.members.support.Members.Product;
import io.bazaar.members.support.Members.Shopper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Endpoint;

/** After a deleted account's SQL erasure, the inbox-deliveries job removes what lives in SNS and DynamoDB. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ErasureFollowUpTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SnsClient sns;
    @Inject
    MembersConfig config;
    @Inject
    Pool pool;
    @Inject
    MemberRecords records;
    @Inject
    InboxDeliveriesJob job;

    @BeforeEach
    void androidApplicationExists() {
        sns.createPlatformApplication(r -> r.name("bazaar-test-android").platform("GCM")
                .attributes(Map.of("PlatformCredential", "test-fcm-server-key")));
    }

    @Test
    void theJobDeletesTheEndpointsDevicesAndRecentlyViewedOfAnErasedAccountOnly() {
        Shopper gone = shopper();
        Shopper stays = shopper();
        Product seen = product(UUID.randomUUID(), "Seen before deletion", 100, 1);
        String goneToken = fcmToken();
        String staysToken = fcmToken();
        for (Shopper s : List.of(gone, stays)) {
            as(s.token()).body(Map.of("platform", "android", "token", s == gone ? goneToken : staysToken))
                    .post("/api/me/devices").then().statusCode(201);
            as(s.token()).body(Map.of("productId", seen.id())).post("/api/me/recently-viewed").then().statusCode(204);
        }

        pool.withTransaction(tx -> records.erase(tx, gone.id())).await().atMost(WAIT);
        assertTrue(hasEndpoint(goneToken), "the endpoint waits for the job");
        job.run().await().atMost(WAIT);

        assertFalse(hasEndpoint(goneToken), "the SNS endpoint is deleted");
        as(gone.token()).get("/api/me/devices").then().statusCode(200).body("$", empty());
        as(gone.token()).get("/api/me/recently-viewed").then().statusCode(200).body("$", empty());
        assertEquals(0, rows("select 1 from member_erasures where account_id = $1", Tuple.of(gone.id())).size());

        assertTrue(hasEndpoint(staysToken), "another account keeps its endpoint");
        as(stays.token()).get("/api/me/devices").then().statusCode(200).body("$", hasSize(1));
        as(stays.token()).get("/api/me/recently-viewed").then().statusCode(200).body("$", hasSize(1));

        job.run().await().atMost(WAIT);
        assertTrue(hasEndpoint(staysToken), "a second run changes nothing");
    }

    private boolean hasEndpoint(String token) {
        List<Endpoint> endpoints = sns.listEndpointsByPlatformApplication(r -> r.platformApplicationArn(config.push()
                .androidApplicationArn().orElseThrow())).endpoints();
        return endpoints.stream().anyMatch(e -> token.equals(e.attributes().get("Token")));
    }

    private static String fcmToken() {
        return "fcm:" + UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }
}
