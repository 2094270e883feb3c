package io.bazaar.orders.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Pins what other areas may rely on of the orders' tables: a customer's purchased lines, on the real schema. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class PurchasedLinesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    PurchasedLines lines;

    @Test
    void aLineIsFoundOnlyForTheCustomerWhoBoughtIt() {
        UUID buyer = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        String number = order(buyer, "SHIPPED", product, product);
        PurchasedLine line = lines.find(pool, buyer, number, 2).await().atMost(WAIT).orElseThrow();
        assertEquals(number, line.orderNumber());
        assertEquals(2, line.lineNo());
        assertEquals(buyer, line.accountId());
        assertEquals(product, line.productId());
        assertEquals(Map.of("colour", "red", "size", "M"), line.skuAttributes());
        assertEquals("Tee", line.productName());
        assertEquals("SHIPPED", line.orderStatus());
        assertFalse(line.received());
        assertNull(line.receivedAt());
        assertTrue(lines.find(pool, UUID.randomUUID(), number, 2).await().atMost(WAIT).isEmpty(), "someone else's");
        assertTrue(lines.find(pool, buyer, number, 9).await().atMost(WAIT).isEmpty(), "no such line");
    }

    @Test
    void receivedLinesAreThoseOfDeliveredAndCompletedOrdersLessTheOnesLeftOut() {
        UUID buyer = UUID.randomUUID();
        String delivered = order(buyer, "DELIVERED", UUID.randomUUID(), UUID.randomUUID());
        String completed = order(buyer, "COMPLETED", UUID.randomUUID(), UUID.randomUUID());
        order(buyer, "PAID", UUID.randomUUID(), UUID.randomUUID());
        order(buyer, "REFUNDED", UUID.randomUUID(), UUID.randomUUID());
        order(UUID.randomUUID(), "DELIVERED", UUID.randomUUID(), UUID.randomUUID());
        Page<PurchasedLine> all = lines.received(pool, buyer, List.of(), new PageRequest(0, 10)).await().atMost(WAIT);
        assertEquals(4, all.total());
        assertTrue(all.items().stream().allMatch(PurchasedLine::received));
        assertTrue(all.items().stream().allMatch(l -> l.receivedAt() != null));
        Page<PurchasedLine> rest = lines.received(pool, buyer,
                List.of(PurchasedLines.key(delivered, 1), PurchasedLines.key(completed, 2)), new PageRequest(0, 1))
                .await().atMost(WAIT);
        assertEquals(2, rest.total());
        assertEquals(1, rest.items().size());
        assertTrue(rest.hasNext());
    }

    /** An order of the buyer with two lines (products a and b), in the given status. */
    private String order(UUID buyer, String status, UUID a, UUID b) {
        String number = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 19).toUpperCase();
        UUID checkout = UUID.randomUUID();
        UUID merchant = UUID.randomUUID();
        boolean received = status.equals("DELIVERED") || status.equals("COMPLETED");
        pool.withTransaction(tx -> tx.preparedQuery("""
                insert into checkouts (id, account_id, idempotency_key, request_hash, currency, grand_total_minor, created_at)
                values ($1, $2, $3, repeat('0', 64), 'CNY', 2000, now())""").execute(Tuple.of(checkout, buyer, "k-" + checkout))
                .chain(() -> tx.preparedQuery("""
                        insert into orders (number, checkout_id, account_id, merchant_id, status, currency, items_minor,
                            discount_minor, shipping_minor, total_minor, ship_to, payment_method, created_at, updated_at,
                            delivered_at)
                        values ($1, $2, $3, $4, $5, 'CNY', 2000, 0, 0, 2000, '{}'::jsonb, 'sandbox-card', now(), now(), $6)""")
                        .execute(Tuple.from(Arrays.asList(number, checkout, buyer, merchant, status,
                                received ? OffsetDateTime.now() : null))))
                .chain(() -> tx.preparedQuery("""
                        insert into order_lines (order_number, line_no, sku_id, product_id, merchant_id, product_name,
                            sku_attributes, unit_price_minor, quantity, line_total_minor)
                        values ($1, 1, $2, $3, $4, 'Mug', '{}'::jsonb, 1000, 1, 1000),
                               ($1, 2, $5, $6, $4, 'Tee', '{"colour":"red","size":"M"}'::jsonb, 1000, 1, 1000)""")
                        .execute(Tuple.from(List.of(number, UUID.randomUUID(), a, merchant, UUID.randomUUID(), b)))))
                .await().atMost(WAIT);
        return number;
    }
}
