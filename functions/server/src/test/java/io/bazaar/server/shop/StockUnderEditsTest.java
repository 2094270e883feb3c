package io.bazaar.server.shop;

import static io.bazaar.server.shop.ShopFixtures.as;
import static io.bazaar.server.shop.ShopFixtures.buy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The merchant edits the price of a SKU again and again while shoppers buy it: not one sold unit may come back on
 * sale (the catalog's entities once wrote the stock they had loaded back at flush).
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class StockUnderEditsTest {

    private static final int STOCK = 400;
    private static final int CHECKOUTS = 240;
    private static final int SHOPPERS_AT_ONCE = 6;

    @Inject
    Pool pool;

    @Test
    void priceEditsDuringCheckoutsNeverBringSoldUnitsBack() throws Exception {
        ShopFixtures shop = new ShopFixtures(pool);
        UUID merchant = UUID.randomUUID();
        UUID sku = shop.productOnSale(merchant, "Hot item", 1000, STOCK);
        UUID product = shop.productOf(sku);
        String staff = ShopFixtures.staff(merchant, "products");
        List<String> shoppers = new ArrayList<>();
        for (int i = 0; i < CHECKOUTS; i++) {
            shoppers.add(shop.shopper());
        }

        AtomicBoolean buying = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger edits = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(SHOPPERS_AT_ONCE + 1);
        try {
            Future<?> merchantEdits = threads.submit(() -> {
                while (buying.get()) {
                    as(staff).body(Map.of("priceMinor", 1000 + edits.get() % 2))
                            .patch("/api/merchant/products/" + product + "/skus/" + sku).then().statusCode(200);
                    edits.incrementAndGet();
                }
            });
            List<Future<?>> buyers = new ArrayList<>();
            for (int t = 0; t < SHOPPERS_AT_ONCE; t++) {
                buyers.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < CHECKOUTS; i = next.getAndIncrement()) {
                        buy(shoppers.get(i), sku, 1);
                    }
                }));
            }
            for (Future<?> buyer : buyers) {
                buyer.get();
            }
            buying.set(false);
            merchantEdits.get();
        } finally {
            threads.shutdownNow();
        }

        long sold = shop.unitsOrdered(sku);
        assertEquals(CHECKOUTS, sold);
        assertEquals(STOCK, shop.stockOf(sku) + sold, "stock + units in orders = starting stock");
        assertTrue(edits.get() > 10, "the merchant edited while shoppers bought: " + edits.get() + " edits");
    }
}
