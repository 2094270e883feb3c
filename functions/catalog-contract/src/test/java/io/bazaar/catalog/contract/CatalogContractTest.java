package io.bazaar.catalog.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Pins what other areas may rely on: the offers query, stock movements and counters, on the catalog's real schema. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CatalogContractTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    CatalogOffers offers;
    @Inject
    StockLedger stock;
    @Inject
    ProductCounters counters;
    @Inject
    ProductCards cards;
    @Inject
    CatalogShops shops;

    @Test
    void offersTellPriceStockSellerAndWhetherItMayBeBought() {
        UUID merchant = UUID.randomUUID();
        UUID onSale = product(merchant, "APPROVED", true, 1999, 5);
        UUID delisted = product(merchant, "APPROVED", false, 999, 5);
        UUID inReview = product(merchant, "PENDING_REVIEW", true, 999, 5);
        Map<UUID, SkuOffer> found = offers.find(List.of(sku(onSale), sku(delisted), sku(inReview), UUID.randomUUID()))
                .await().atMost(WAIT);
        assertEquals(3, found.size(), "unknown SKUs are left out");
        SkuOffer offer = found.get(sku(onSale));
        assertEquals(onSale, offer.productId());
        assertEquals(merchant, offer.merchantId());
        assertEquals(1999, offer.priceMinor());
        assertEquals("CNY", offer.currency());
        assertEquals(5, offer.stock());
        assertEquals(Map.of("colour", "red"), offer.attributes());
        assertTrue(offer.buyable());
        assertTrue(offer.canSupply(5));
        assertFalse(offer.canSupply(6));
        assertFalse(found.get(sku(delisted)).buyable());
        assertFalse(found.get(sku(inReview)).buyable());
        assertEquals(Map.of(), offers.find(List.of()).await().atMost(WAIT));
        assertEquals(null, offer.memberPriceMinor());
        assertEquals(1999, offer.priceFor(true), "no member price: members pay the list price");
    }

    @Test
    void offersCarryTheMemberPriceOnlyVerifiedMembersPay() {
        UUID product = product(UUID.randomUUID(), "APPROVED", true, 1000, 5);
        pool.preparedQuery("update skus set member_price_minor = 800 where id = $1").execute(Tuple.of(sku(product)))
                .await().atMost(WAIT);
        SkuOffer offer = offers.find(List.of(sku(product))).await().atMost(WAIT).get(sku(product));
        assertEquals(800L, offer.memberPriceMinor());
        assertEquals(800, offer.priceFor(true));
        assertEquals(1000, offer.priceFor(false));
        assertThrows(Exception.class, () -> pool.preparedQuery("update skus set member_price_minor = 1000 where id = $1")
                .execute(Tuple.of(sku(product))).await().atMost(WAIT), "a member price is below the list price");
    }

    @Test
    void cardsTellTheLowestPriceStockFirstImageAndVisibility() {
        UUID merchant = UUID.randomUUID();
        UUID onSale = product(merchant, "APPROVED", true, 1999, 0);
        pool.preparedQuery("insert into skus (id, product_id, attributes, price_minor, stock, position) "
                + "values ($1, $2, '{\"colour\":\"blue\"}'::jsonb, 1500, 2, 1)").execute(Tuple.of(UUID.randomUUID(), onSale))
                .await().atMost(WAIT);
        pool.preparedQuery("insert into product_images (id, product_id, merchant_id, object_key, content_type, position, "
                + "status, created_at) values ($1, $2, $3, $4, 'image/png', 0, 'ATTACHED', now())")
                .execute(Tuple.of(UUID.randomUUID(), onSale, merchant, "products/" + onSale + "/first")).await().atMost(WAIT);
        UUID soldOutDelisted = product(merchant, "APPROVED", false, 700, 0);
        Map<UUID, ProductCard> found = cards.find(List.of(onSale, soldOutDelisted, UUID.randomUUID())).await().atMost(WAIT);
        assertEquals(2, found.size(), "unknown products are left out");
        ProductCard card = found.get(onSale);
        assertEquals(merchant, card.merchantId());
        assertEquals("Tee", card.name());
        assertEquals(1500L, card.lowestPriceMinor(), "the lowest price of its SKUs");
        assertEquals("CNY", card.currency());
        assertTrue(card.inStock(), "one SKU has stock");
        assertTrue(card.visible());
        assertTrue(card.buyable());
        assertTrue(card.imageUrl().endsWith("/products/" + onSale + "/first"), card.imageUrl());
        ProductCard hidden = found.get(soldOutDelisted);
        assertFalse(hidden.visible());
        assertFalse(hidden.inStock());
        assertFalse(hidden.buyable());
        assertEquals(null, hidden.imageUrl());
        assertEquals(Map.of(), cards.find(List.of()).await().atMost(WAIT));
    }

    @Test
    void shopsCountOnlyWhatShoppersMaySeeNewestFirst() {
        UUID merchant = UUID.randomUUID();
        UUID older = product(merchant, "APPROVED", true, 100, 1);
        UUID newer = product(merchant, "APPROVED", true, 100, 1);
        product(merchant, "PENDING_REVIEW", true, 100, 1);
        pool.preparedQuery("update products set listed_at = now() - interval '1 day' where id = $1").execute(Tuple.of(older))
                .await().atMost(WAIT);
        pool.preparedQuery("update products set listed_at = now() where id = $1").execute(Tuple.of(newer)).await().atMost(WAIT);
        UUID nobody = UUID.randomUUID();
        Map<UUID, ShopSummary> found = shops.find(List.of(merchant, nobody)).await().atMost(WAIT);
        assertEquals(2, found.get(merchant).visibleProducts());
        assertEquals(List.of(newer, older), found.get(merchant).newestProductIds());
        assertTrue(found.get(merchant).open());
        assertFalse(found.get(nobody).open(), "a merchant with nothing visible has no shop to show");
        assertEquals(List.of(), found.get(nobody).newestProductIds());
        assertEquals(null, found.get(nobody).ratingAverageOrNull());
    }

    @Test
    void aShopsRatingSumsTheRatingsOfItsVisibleProducts() {
        UUID merchant = UUID.randomUUID();
        UUID tee = product(merchant, "APPROVED", true, 100, 1);
        UUID cap = product(merchant, "APPROVED", true, 100, 1);
        UUID hidden = product(merchant, "APPROVED", false, 100, 1);
        UUID elsewhere = product(UUID.randomUUID(), "APPROVED", true, 100, 1);
        for (int stars : new int[] {5, 4}) {
            counters.addRating(pool, tee, stars, false).await().atMost(WAIT);
        }
        counters.addRating(pool, cap, 2, false).await().atMost(WAIT);
        counters.addRating(pool, hidden, 1, false).await().atMost(WAIT);
        counters.addRating(pool, elsewhere, 1, false).await().atMost(WAIT);
        ShopSummary shop = shops.find(List.of(merchant)).await().atMost(WAIT).get(merchant);
        assertEquals(3, shop.ratingCount(), "a delisted product's ratings are not the shop's for shoppers");
        assertEquals(11, shop.ratingSum());
        assertEquals(new java.math.BigDecimal("3.67"), shop.ratingAverageOrNull());
    }

    @Test
    void takeNeverSellsMoreThanStockAndRestoreGivesBack() {
        UUID product = product(UUID.randomUUID(), "APPROVED", true, 500, 3);
        assertTrue(take(product, 2));
        assertFalse(take(product, 2), "only 1 left");
        assertEquals(1, skuStock(product));
        assertTrue(restore(product, 4));
        assertEquals(5, skuStock(product));
    }

    @Test
    void takeRefusesProductsThatAreNotForSale() {
        UUID product = product(UUID.randomUUID(), "APPROVED", false, 500, 3);
        assertFalse(take(product, 1));
        assertEquals(3, skuStock(product));
    }

    @Test
    void parallelTakesSellExactlyTheStock() {
        UUID product = product(UUID.randomUUID(), "APPROVED", true, 500, 7);
        List<Uni<Boolean>> takes = IntStream.range(0, 30)
                .mapToObj(i -> pool.withTransaction(tx -> stock.take(tx, sku(product), 1))).toList();
        List<?> results = Uni.join().all(takes).andCollectFailures().await().atMost(WAIT);
        assertEquals(7, results.stream().filter(Boolean.TRUE::equals).count());
        assertEquals(0, skuStock(product));
    }

    @Test
    void aMovementIsAPositiveNumberOfUnits() {
        UUID product = product(UUID.randomUUID(), "APPROVED", true, 500, 3);
        assertThrows(IllegalArgumentException.class, () -> stock.take(pool, sku(product), 0));
        assertThrows(IllegalArgumentException.class, () -> stock.restore(pool, sku(product), -1));
    }

    @Test
    void countersOnlyEverAddUp() {
        UUID product = product(UUID.randomUUID(), "APPROVED", true, 500, 3);
        counters.addSales(pool, Map.of(product, 3L)).await().atMost(WAIT);
        counters.addSales(pool, Map.of(product, 2L)).await().atMost(WAIT);
        counters.addSales(pool, Map.of(product, -1L)).await().atMost(WAIT);
        counters.addViews(pool, Map.of(product, 10L)).await().atMost(WAIT);
        counters.addRating(pool, product, 5, false).await().atMost(WAIT);
        counters.addRating(pool, product, 3, false).await().atMost(WAIT);
        counters.addRating(pool, product, 5, true).await().atMost(WAIT);
        Row stats = row("select * from product_stats where product_id = $1", product);
        assertEquals(4, stats.getLong("sales_count"));
        assertEquals(10, stats.getLong("view_count"));
        assertEquals(1, stats.getInteger("rating_count"));
        assertEquals(3, stats.getLong("rating_sum"));
        assertThrows(IllegalArgumentException.class, () -> counters.addRating(pool, product, 6, false));
    }

    @Test
    void ratingsKeepCountSumAndHistogramInStep() {
        UUID product = product(UUID.randomUUID(), "APPROVED", true, 500, 3);
        counters.addRating(pool, product, 5, false).await().atMost(WAIT);
        counters.addRating(pool, product, 4, false).await().atMost(WAIT);
        counters.addRating(pool, product, 1, false).await().atMost(WAIT);
        counters.changeRating(pool, product, 1, 3).await().atMost(WAIT);
        counters.changeRating(pool, product, 4, null).await().atMost(WAIT);
        counters.changeRating(pool, product, null, 5).await().atMost(WAIT);
        counters.changeRating(pool, product, 5, 5).await().atMost(WAIT);
        RatingSummary rating = counters.ratingOf(pool, product).await().atMost(WAIT).orElseThrow();
        assertEquals(3, rating.count());
        assertEquals(13, rating.sum());
        assertEquals(List.of(0, 0, 1, 0, 2), rating.perStar());
        assertEquals("4.33", rating.averageOrNull().toPlainString());
        assertTrue(counters.ratingOf(pool, UUID.randomUUID()).await().atMost(WAIT).isEmpty());
        // the schema refuses a histogram that does not add up, and counts below zero
        assertThrows(Exception.class, () -> counters.addRating(pool, product, 2, true).await().atMost(WAIT));
    }

    @Test
    void aDeletedProductTakesItsSkusAndCountersWithIt() {
        UUID product = product(UUID.randomUUID(), "APPROVED", true, 500, 3);
        pool.preparedQuery("delete from products where id = $1").execute(Tuple.of(product)).await().atMost(WAIT);
        assertEquals(0, row("select count(*) as n from product_stats where product_id = $1", product).getLong("n"));
        assertFalse(take(product, 1));
    }

    private boolean take(UUID product, int quantity) {
        return pool.withTransaction(tx -> stock.take(tx, sku(product), quantity)).await().atMost(WAIT);
    }

    private boolean restore(UUID product, int quantity) {
        return pool.withTransaction(tx -> stock.restore(tx, sku(product), quantity)).await().atMost(WAIT);
    }

    /** A product with one SKU whose id is derived from the product's, the way the catalog's schema stores them. */
    private UUID product(UUID merchant, String status, boolean listed, long priceMinor, int units) {
        UUID product = UUID.randomUUID();
        pool.withTransaction(tx -> tx.preparedQuery("""
                insert into products (id, merchant_id, category_id, name, slug, currency, status, listed, created_at,
                    updated_at) values ($1, $2, 6, 'Tee', 'tee', 'CNY', $3, $4, now(), now())""")
                .execute(Tuple.of(product, merchant, status, listed))
                .chain(() -> tx.preparedQuery("""
                        insert into skus (id, product_id, attributes, price_minor, stock, position)
                        values ($1, $2, '{"colour":"red"}'::jsonb, $3, $4, 0)""")
                        .execute(Tuple.of(sku(product), product, priceMinor, units))))
                .await().atMost(WAIT);
        return product;
    }

    private static UUID sku(UUID product) {
        return new UUID(product.getMostSignificantBits(), ~product.getLeastSignificantBits());
    }

    private int skuStock(UUID product) {
        return row("select stock from skus where id = $1", sku(product)).getInteger("stock");
    }

    private Row row(String sql, UUID id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(WAIT).iterator().next();
    }
}
