package io.bazaar.orders.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Pins the customer's order lookup other areas rely on (members' messages about an order), on the real schema. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CustomerOrdersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    CustomerOrders orders;

    @Test
    void anOrderIsFoundOnlyForItsCustomerWithItsMerchant() {
        UUID buyer = UUID.randomUUID();
        UUID merchant = UUID.randomUUID();
        String number = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 19).toUpperCase();
        UUID checkout = UUID.randomUUID();
        pool.withTransaction(tx -> tx.preparedQuery("""
                insert into checkouts (id, account_id, idempotency_key, request_hash, currency, grand_total_minor, created_at)
                values ($1, $2, $3, repeat('0', 64), 'CNY', 2000, now())""").execute(Tuple.of(checkout, buyer, "k-" + checkout))
                .chain(() -> tx.preparedQuery("""
                        insert into orders (number, checkout_id, account_id, merchant_id, status, currency, items_minor,
                            discount_minor, shipping_minor, total_minor, ship_to, payment_method, created_at, updated_at)
                        values ($1, $2, $3, $4, 'PAID', 'CNY', 2000, 0, 0, 2000, '{}'::jsonb, 'sandbox-card', now(), now())""")
                        .execute(Tuple.of(number, checkout, buyer, merchant))))
                .await().atMost(WAIT);
        CustomerOrder order = orders.find(pool, buyer, number).await().atMost(WAIT).orElseThrow();
        assertEquals(number, order.number());
        assertEquals(buyer, order.accountId());
        assertEquals(merchant, order.merchantId());
        assertEquals("PAID", order.status());
        assertTrue(orders.find(pool, UUID.randomUUID(), number).await().atMost(WAIT).isEmpty(), "someone else's");
        assertTrue(orders.find(pool, buyer, "NO-SUCH-ORDER").await().atMost(WAIT).isEmpty(), "no such order");
    }
}
