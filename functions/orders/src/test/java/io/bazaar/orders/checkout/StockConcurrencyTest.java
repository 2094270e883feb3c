package io.bazaar.orders.checkout;

import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.stockOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class StockConcurrencyTest {

    @Test
    void checkoutNeverSellsMoreThanStock() throws Exception {
        UUID sku = sku(UUID.randomUUID(), "Last few", 1000, 7);
        List<Customer> shoppers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Customer shopper = customer();
            cart(shopper.id(), Map.of(sku, 1));
            shoppers.add(shopper);
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Response> responses = CheckoutRulesTest.parallel(30, () -> {
            Customer shopper = shoppers.get(next.getAndIncrement());
            return checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody());
        });
        long created = responses.stream().filter(r -> r.statusCode() == 201).count();
        long soldOut = responses.stream().filter(r -> r.statusCode() == 409 && r.asString().contains("insufficient-stock")).count();
        assertEquals(7, created);
        assertEquals(23, soldOut, () -> responses.stream().map(Response::asString).toList().toString());
        assertEquals(0, stockOf(sku));
        assertEquals(7, count("select count(*) from order_lines where sku_id = $1", Tuple.of(sku)));
    }
}
