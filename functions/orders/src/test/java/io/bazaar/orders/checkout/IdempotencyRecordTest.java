package io.bazaar.orders.checkout;

import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.stockOf;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.orders.checkout.rest.CheckoutRequest;
import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.crypto.Sha256;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The idempotency record's states as another request (or an old one) left them in DynamoDB. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class IdempotencyRecordTest {

    @Inject
    DynamoDbClient dynamo;

    @Inject
    AwsConfig aws;

    @Inject
    ObjectMapper json;

    @Test
    void aRetryWhileTheFirstRequestRunsIs409() throws Exception {
        Customer shopper = customer();
        UUID tee = sku(UUID.randomUUID(), "Tee", 1000, 5);
        cart(shopper.id(), Map.of(tee, 1));
        String key = "k-" + UUID.randomUUID();
        record(shopper, key, "IN_PROGRESS", hashOf(checkoutBody()), Instant.now().plusSeconds(3600));
        checkout(shopper.token(), key, checkoutBody()).then().statusCode(409).body("type", endsWith("/request-in-progress"));
        assertEquals(5, stockOf(tee));
    }

    @Test
    void anExpiredKeyIsForgottenAndTheRequestRunsAgain() throws Exception {
        Customer shopper = customer();
        UUID tee = sku(UUID.randomUUID(), "Tee", 1000, 5);
        cart(shopper.id(), Map.of(tee, 1));
        String key = "k-" + UUID.randomUUID();
        record(shopper, key, "COMPLETED", hashOf(checkoutBody()), Instant.now().minusSeconds(60));
        checkout(shopper.token(), key, checkoutBody()).then().statusCode(201).header("Idempotent-Replayed", "false");
        assertEquals(4, stockOf(tee));
    }

    private String hashOf(Map<String, Object> body) throws Exception {
        return Sha256.hex(json.writeValueAsString(json.convertValue(body, CheckoutRequest.class)));
    }

    private void record(Customer shopper, String key, String status, String hash, Instant expiresAt) {
        dynamo.putItem(r -> r.tableName(aws.tablePrefix() + "idempotency-keys").item(Map.of(
                "id", AttributeValue.fromS("checkout#" + shopper.id() + "#" + key),
                "status", AttributeValue.fromS(status),
                "requestHash", AttributeValue.fromS(hash),
                "response", AttributeValue.fromS("{\"stale\":true}"),
                "expiresAt", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())))));
    }
}
