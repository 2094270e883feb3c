package io.bazaar.cart.rest;

import static io.bazaar.cart.support.CartApi.add;
import static io.bazaar.cart.support.CartApi.as;
import static io.bazaar.cart.support.CartApi.customerToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.cart.support.CatalogRows;
import io.bazaar.cart.support.CatalogRows.Product;
import io.bazaar.cart.support.StoredCarts;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CartConcurrencyTest {

    @Inject
    StoredCarts stored;

    @Test
    void parallelAddsOfDifferentSkusNeverLoseALine() throws Exception {
        UUID account = UUID.randomUUID();
        String token = customerToken(account);
        Product many = CatalogRows.onSale("CNY", 20, 100, 5);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<CompletableFuture<Integer>> adds = many.skus().stream()
                    .map(sku -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return add(as(token), sku, 1).statusCode();
                    }, pool))
                    .toList();
            start.countDown();
            for (CompletableFuture<Integer> added : adds) {
                assertEquals(200, added.get());
            }
        } finally {
            pool.shutdownNow();
        }
        as(token).get("/api/cart").then().statusCode(200).body("lines", hasSize(20)).body("totals[0].count", equalTo(20));
        assertEquals("20", stored.item("user#" + account).get("version").n());
    }

    @Test
    void parallelAddsOfTheSameSkuAllCount() throws Exception {
        String token = customerToken();
        Product tee = CatalogRows.onSale(100, 50);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<CompletableFuture<Integer>> adds = java.util.stream.IntStream.range(0, 10)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return add(as(token), tee.sku(), 2).statusCode();
                    }, pool))
                    .toList();
            start.countDown();
            for (CompletableFuture<Integer> added : adds) {
                assertEquals(200, added.get());
            }
        } finally {
            pool.shutdownNow();
        }
        as(token).get("/api/cart").then().body("lines", hasSize(1)).body("lines[0].quantity", equalTo(20));
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
