package io.bazaar.cart.repository;

import static io.bazaar.cart.support.CartApi.add;
import static io.bazaar.cart.support.CartApi.as;
import static io.bazaar.cart.support.CartApi.change;
import static io.bazaar.cart.support.CartApi.customerToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.cart.contract.CartLine;
import io.bazaar.cart.contract.CartSnapshot;
import io.bazaar.cart.contract.CustomerCarts;
import io.bazaar.cart.support.CatalogRows;
import io.bazaar.cart.support.CatalogRows.Product;
import io.bazaar.cart.support.StoredCarts;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stored item is the contract the orders area reads (through bazaar-cart-contract): its attribute names and types
 * must not drift, and what the cart writes is what the contract reads.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CartItemFormatTest {

    @Inject
    StoredCarts stored;
    @Inject
    CustomerCarts contract;

    @Test
    void aUserCartIsStoredInTheAgreedFormat() {
        UUID account = UUID.randomUUID();
        String token = customerToken(account);
        Product tee = CatalogRows.onSale("EUR", 1, 1250, 9);
        long before = System.currentTimeMillis();
        add(as(token), tee.sku(), 3).then().statusCode(200);
        change(as(token), tee.sku(), Map.of("selected", false)).then().statusCode(200);

        Map<String, AttributeValue> item = stored.item("user#" + account);
        assertEquals(Set.of("id", "lines", "version", "updatedAt"), item.keySet());
        assertEquals("2", item.get("version").n());
        assertTrue(Long.parseLong(item.get("updatedAt").n()) >= before);
        Map<String, AttributeValue> line = item.get("lines").m().get(tee.sku().toString()).m();
        assertEquals(Set.of("quantity", "selected", "addedPriceMinor", "currency", "addedAt"), line.keySet());
        assertEquals("3", line.get("quantity").n());
        assertFalse(line.get("selected").bool());
        assertEquals("1250", line.get("addedPriceMinor").n());
        assertEquals("EUR", line.get("currency").s());
        assertTrue(Long.parseLong(line.get("addedAt").n()) >= before);
    }

    @Test
    void theCartContractReadsWhatTheCartWritesAndLeavesAReAddedLine() throws InterruptedException {
        UUID account = UUID.randomUUID();
        String token = customerToken(account);
        Product tee = CatalogRows.onSale("EUR", 1, 1250, 9);
        Product mug = CatalogRows.onSale("EUR", 1, 800, 9);
        add(as(token), tee.sku(), 3).then().statusCode(200);
        add(as(token), mug.sku(), 1).then().statusCode(200);
        change(as(token), mug.sku(), Map.of("selected", false)).then().statusCode(200);
        change(as(token), mug.sku(), Map.of("selected", true)).then().statusCode(200);

        CartSnapshot read = contract.read(account).await().atMost(Duration.ofSeconds(30));
        assertEquals(4, read.version());
        CartLine teeLine = read.lines().stream().filter(l -> l.skuId().equals(tee.sku())).findFirst().orElseThrow();
        assertEquals(3, teeLine.quantity());
        assertTrue(teeLine.selected());
        assertEquals(1250, teeLine.addedPriceMinor());
        assertEquals("EUR", teeLine.currency());
        assertEquals(Set.of(tee.sku(), mug.sku()), Set.copyOf(read.selected().stream().map(CartLine::skuId).toList()));

        List<CartLine> checkedOut = read.selected();
        as(token).delete("/api/cart/lines/" + mug.sku()).then().statusCode(200);
        Thread.sleep(2); // a re-added line is told apart by its addedAt (epoch millis)
        add(as(token), mug.sku(), 2).then().statusCode(200);
        contract.removeCheckedOut(account, checkedOut).await().atMost(Duration.ofSeconds(30));

        as(token).get("/api/cart").then().statusCode(200).body("lines", hasSize(1))
                .body("lines[0].skuId", equalTo(mug.sku().toString())).body("lines[0].quantity", equalTo(2));
        assertEquals("7", stored.item("user#" + account).get("version").n(), "the removal is a versioned write");
        add(as(token), tee.sku(), 1).then().statusCode(200).body("lines", hasSize(2));
    }
}
