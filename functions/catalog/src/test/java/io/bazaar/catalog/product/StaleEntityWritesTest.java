package io.bazaar.catalog.product;

import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.catalog.contract.ProductCounters;
import io.bazaar.catalog.contract.StockLedger;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * An edit that loaded a product or SKU before a sale (or a view roll-up) is flushed after it: what the sale changed
 * must survive. Each test interleaves the two deterministically inside one Hibernate transaction.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class StaleEntityWritesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SkuRepository skus;
    @Inject
    ProductRepository products;
    @Inject
    StockLedger stock;
    @Inject
    ProductCounters counters;
    @Inject
    Pool pool;

    @Test
    void aPriceEditLoadedBeforeASaleNeverWritesTheOldStockBack() throws Throwable {
        UUID merchant = UUID.randomUUID();
        UUID product = UUID.fromString(listedProduct(staffToken(merchant, "products"), tshirt("Stale sku " + merchant)));
        Row first = row("select id, stock, version from skus where product_id = $1 order by position limit 1", product);
        UUID skuId = first.getUUID("id");
        int before = first.getInteger("stock");

        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> skus.findById(skuId)
                .call(loaded -> pool.withTransaction(tx -> stock.take(tx, skuId, 2)))
                .invoke(loaded -> loaded.priceMinor = loaded.priceMinor + 1)));

        Row after = row("select stock, version from skus where id = $1", skuId);
        assertEquals(before - 2, after.getInteger("stock"), "the 2 units sold stay sold");
        assertTrue(after.getLong("version") > first.getLong("version"), "the price edit itself was written");
    }

    @Test
    void aProductEditLoadedBeforeSalesAndViewsNeverWritesTheOldCountersBack() throws Throwable {
        UUID merchant = UUID.randomUUID();
        UUID product = UUID.fromString(listedProduct(staffToken(merchant, "products"), tshirt("Stale product " + merchant)));

        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> products.findById(product)
                .call(loaded -> pool.withTransaction(tx -> counters.addSales(tx, Map.of(product, 3L))
                        .chain(() -> counters.addViews(tx, Map.of(product, 5L)))))
                .invoke(loaded -> loaded.parameters = "edited after the sale")));

        Row stats = row("select sales_count, view_count from product_stats where product_id = $1", product);
        assertEquals(3, stats.getLong("sales_count"));
        assertEquals(5, stats.getLong("view_count"));
        assertEquals("edited after the sale", row("select parameters from products where id = $1", product)
                .getString("parameters"));
    }

    private Row row(String sql, UUID id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(WAIT).iterator().next();
    }
}
