package io.bazaar.cart.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.platform.aws.AwsConfig;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Pins the carts table's item format and the operations other areas rely on, against moto_server's DynamoDB. Items
 * are written here with the attribute names spelled out, as the cart area's README documents them, so renaming a
 * constant of {@link CartItemFormat} breaks this test rather than the stored carts.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CartContractTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CustomerCarts carts;
    @Inject
    DynamoDbClient dynamo;
    @Inject
    AwsConfig aws;

    @Test
    void aCartStoredInTheCartAreasFormatIsReadBackWithAllItsLines() {
        UUID account = UUID.randomUUID();
        UUID tee = UUID.randomUUID();
        UUID mug = UUID.randomUUID();
        store(account, 4, Map.of(tee.toString(), line(3, true, 1250, "EUR", 1000), mug.toString(), line(1, false, 800, "EUR", 2000)));

        CartSnapshot cart = carts.read(account).await().atMost(WAIT);

        assertEquals(4, cart.version());
        assertEquals(List.of(new CartLine(tee, 3, true, 1250, "EUR", 1000), new CartLine(mug, 1, false, 800, "EUR", 2000)),
                sorted(cart.lines()));
        assertEquals(List.of(new CartLine(tee, 3, true, 1250, "EUR", 1000)), cart.selected());
    }

    @Test
    void aCustomerWithoutACartHasAnEmptyOneAtVersionZero() {
        CartSnapshot cart = carts.read(UUID.randomUUID()).await().atMost(WAIT);
        assertEquals(0, cart.version());
        assertEquals(List.of(), cart.lines());
    }

    @Test
    void theCartOfAGuestIsNotReachedThroughAnAccountId() {
        UUID id = UUID.randomUUID();
        dynamo.putItem(r -> r.tableName(table()).item(Map.of("id", AttributeValue.fromS("guest#" + id),
                "lines", AttributeValue.fromM(Map.of(UUID.randomUUID().toString(), line(1, true, 100, "EUR", 1))),
                "version", AttributeValue.fromN("1"), "updatedAt", AttributeValue.fromN("1"))));
        assertEquals(List.of(), carts.read(id).await().atMost(WAIT).lines());
    }

    @Test
    void removalTakesTheCheckedOutLinesAndLeavesAReAddedOne() {
        UUID account = UUID.randomUUID();
        UUID tee = UUID.randomUUID();
        UUID mug = UUID.randomUUID();
        UUID cap = UUID.randomUUID();
        store(account, 2, Map.of(tee.toString(), line(3, true, 1250, "EUR", 1000), mug.toString(), line(1, true, 800, "EUR", 1100),
                cap.toString(), line(2, false, 500, "EUR", 1200)));
        List<CartLine> checkedOut = carts.read(account).await().atMost(WAIT).selected();
        // meanwhile the shopper removed the mug and added it again: a new line with a new addedAt
        store(account, 3, Map.of(tee.toString(), line(3, true, 1250, "EUR", 1000), mug.toString(), line(5, true, 800, "EUR", 9000),
                cap.toString(), line(2, false, 500, "EUR", 1200)));
        long before = System.currentTimeMillis();

        carts.removeCheckedOut(account, checkedOut).await().atMost(WAIT);

        Map<String, AttributeValue> item = item(account);
        assertEquals(Set.of(mug.toString(), cap.toString()), item.get("lines").m().keySet());
        assertEquals("5", item.get("lines").m().get(mug.toString()).m().get("quantity").n());
        assertEquals("9000", item.get("lines").m().get(mug.toString()).m().get("addedAt").n());
        assertEquals("4", item.get("version").n(), "a removal is a write of the cart: version + 1");
        assertTrue(Long.parseLong(item.get("updatedAt").n()) >= before);
    }

    @Test
    void concurrentRemovalsAreEachRetriedOnTheNewerVersion() {
        UUID account = UUID.randomUUID();
        List<UUID> skus = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID kept = UUID.randomUUID();
        Map<String, AttributeValue> lines = new HashMap<>(Map.of(kept.toString(), line(1, false, 100, "EUR", 1)));
        skus.forEach(sku -> lines.put(sku.toString(), line(1, true, 100, "EUR", 2)));
        store(account, 1, lines);

        // four checkouts of one line each, at once: every conflict is another removal's success, so four tries suffice
        Uni.join().all(skus.stream()
                .map(sku -> carts.removeCheckedOut(account, List.of(new CartLine(sku, 1, true, 100, "EUR", 2)))).toList())
                .andFailFast().await().atMost(WAIT);

        Map<String, AttributeValue> item = item(account);
        assertEquals(Set.of(kept.toString()), item.get("lines").m().keySet());
        assertEquals("5", item.get("version").n(), "one conditional write per removal");
    }

    @Test
    void removalWritesNothingWhenNoCheckedOutLineIsLeft() {
        UUID account = UUID.randomUUID();
        UUID tee = UUID.randomUUID();
        store(account, 7, Map.of(tee.toString(), line(1, true, 1250, "EUR", 5000)));

        carts.removeCheckedOut(account, List.of(new CartLine(tee, 1, true, 1250, "EUR", 4000))).await().atMost(WAIT);
        carts.removeCheckedOut(UUID.randomUUID(), List.of(new CartLine(tee, 1, true, 1250, "EUR", 4000))).await().atMost(WAIT);

        Map<String, AttributeValue> item = item(account);
        assertEquals("7", item.get("version").n());
        assertEquals(Set.of(tee.toString()), item.get("lines").m().keySet());
    }

    @Test
    void removingTheLastLinesKeepsAnEmptyCart() {
        UUID account = UUID.randomUUID();
        UUID tee = UUID.randomUUID();
        store(account, 1, Map.of(tee.toString(), line(1, true, 1250, "EUR", 5000)));

        carts.removeCheckedOut(account, carts.read(account).await().atMost(WAIT).selected()).await().atMost(WAIT);

        CartSnapshot cart = carts.read(account).await().atMost(WAIT);
        assertEquals(2, cart.version());
        assertEquals(List.of(), cart.lines());
    }

    @Test
    void theFormatWritesALineAsItReadsIt() {
        CartLine line = new CartLine(UUID.randomUUID(), 2, false, 1999, "CNY", 123456789L);
        AttributeValue stored = CartItemFormat.lineValue(line);
        assertEquals(Set.of("quantity", "selected", "addedPriceMinor", "currency", "addedAt"), stored.m().keySet());
        assertEquals(line, CartItemFormat.line(line.skuId().toString(), stored.m()));
        assertFalse(CartItemFormat.isGuestKey(CartItemFormat.userKey(UUID.randomUUID())));
        assertTrue(CartItemFormat.isGuestKey(CartItemFormat.guestKey("0123456789abcdef0123456789abcdef")));
        assertEquals("carts", CartItemFormat.TABLE.name());
    }

    private void store(UUID account, long version, Map<String, AttributeValue> lines) {
        dynamo.putItem(r -> r.tableName(table()).item(Map.of("id", AttributeValue.fromS("user#" + account),
                "lines", AttributeValue.fromM(lines), "version", AttributeValue.fromN(Long.toString(version)),
                "updatedAt", AttributeValue.fromN(Long.toString(System.currentTimeMillis())))));
    }

    private Map<String, AttributeValue> item(UUID account) {
        return dynamo.getItem(r -> r.tableName(table()).key(Map.of("id", AttributeValue.fromS("user#" + account)))
                .consistentRead(true)).item();
    }

    private String table() {
        return aws.tablePrefix() + "carts";
    }

    private static AttributeValue line(int quantity, boolean selected, long addedPriceMinor, String currency, long addedAt) {
        return AttributeValue.fromM(Map.of("quantity", AttributeValue.fromN(Integer.toString(quantity)),
                "selected", AttributeValue.fromBool(selected), "addedPriceMinor", AttributeValue.fromN(Long.toString(addedPriceMinor)),
                "currency", AttributeValue.fromS(currency), "addedAt", AttributeValue.fromN(Long.toString(addedAt))));
    }

    private static List<CartLine> sorted(List<CartLine> lines) {
        return lines.stream().sorted(Comparator.comparingLong(CartLine::addedAt)).toList();
    }
}
