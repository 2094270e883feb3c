package io.bazaar.cart.repository;

import static io.bazaar.cart.support.CartApi.add;
import static io.bazaar.cart.support.CartApi.as;
import static io.bazaar.cart.support.CartApi.change;
import static io.bazaar.cart.support.CartApi.customerToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.cart.support.CatalogRows;
import io.bazaar.cart.support.CatalogRows.Product;
import io.bazaar.cart.support.StoredCarts;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The stored item is the contract the orders area reads: its attribute names and types must not drift. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CartItemFormatTest {

    @Inject
    StoredCarts stored;

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
}
