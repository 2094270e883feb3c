package io.bazaar.orders.checkout;

import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.stockOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.support.Shop.Customer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

/** A checkout committed but not answered (the provider's payment page could not be opened) finishes on retry. */
@QuarkusTest
@TestProfile(PaymentPageOutage.Profile.class)
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CheckoutRetryTest {

    @Test
    void aRetryAfterTheCommitFinishesTheSameCheckoutInsteadOfBeingRefused() {
        Customer shopper = customer();
        UUID tee = sku(UUID.randomUUID(), "Tee", 1000, 5);
        cart(shopper.id(), Map.of(tee, 2));
        String key = "k-" + UUID.randomUUID();

        checkout(shopper.token(), key, checkoutBody()).then().statusCode(500);
        assertEquals(3, stockOf(tee), "the first attempt committed its order and took the stock");

        Response retry = checkout(shopper.token(), key, checkoutBody());
        retry.then().statusCode(201).body("orders", hasSize(1)).body("grandTotalMinor", equalTo(2000))
                .body("payment.redirectUrl", endsWith(retry.path("payment.paymentId").toString()));
        assertEquals(3, stockOf(tee), "the retry took nothing more");
        assertEquals(1, count("select count(*) from orders where account_id = $1", Tuple.of(shopper.id())));

        checkout(shopper.token(), key, checkoutBody()).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("checkoutId", equalTo(retry.path("checkoutId")));
    }

    @Test
    void aRetryWithAnotherBodyIsRefusedEvenAfterTheCommit() {
        Customer shopper = customer();
        UUID tee = sku(UUID.randomUUID(), "Tee", 1000, 5);
        cart(shopper.id(), Map.of(tee, 1));
        String key = "k-" + UUID.randomUUID();
        checkout(shopper.token(), key, checkoutBody()).then().statusCode(500);

        Map<String, Object> other = new HashMap<>(checkoutBody());
        other.put("couponCode", "ANOTHER-BODY");
        checkout(shopper.token(), key, other).then().statusCode(422).body("type", endsWith("/idempotency-key-reused"));
        assertEquals(4, stockOf(tee));
    }
}
