package io.bazaar.catalog.imports;

import static io.bazaar.catalog.imports.ImportsApi.assertEventually;
import static io.bazaar.catalog.imports.ImportsApi.awaitFinished;
import static io.bazaar.catalog.imports.ImportsApi.options;
import static io.bazaar.catalog.imports.ImportsApi.productIdOf;
import static io.bazaar.catalog.imports.ImportsApi.start;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.bazaar.catalog.imports.refresh.ImportRefreshJob;
import io.bazaar.catalog.imports.work.ImportedProduct;
import io.bazaar.catalog.imports.work.ImportedProductRepository;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ImportRefreshTest {

    private static TestShop shop;

    @Inject
    ImportRefreshJob refresh;

    @Inject
    ImportedProductRepository imported;

    private final UUID merchant = UUID.randomUUID();
    private final String staff = staffToken(merchant, "products", "imports");

    @BeforeAll
    static void openShop() {
        shop = new TestShop(60);
    }

    @AfterAll
    static void closeShop() {
        shop.close();
    }

    @Test
    void theScheduledRefreshAppliesSmallChangesHoldsLargeOnesAndKeepsPriceHistory() throws Throwable {
        String job = start(staff, Map.of("urls", List.of(shop.productUrl(42), shop.productUrl(43), shop.productUrl(44)),
                "options", options()));
        awaitFinished(staff, job);
        String small = productIdOf(staff, job, shop.productUrl(42));
        String large = productIdOf(staff, job, shop.productUrl(43));
        String quiet = productIdOf(staff, job, shop.productUrl(44));
        long before = as(staff).get("/api/merchant/products/" + small).then().extract().<Integer>path("skus[0].priceMinor");
        assertEquals(1420 * 110 / 100, before);

        shop.setPrice(42, "14.91");
        shop.setPrice(43, "28.60");
        makeDue();
        VertxContextSupport.subscribeAndAwait(refresh::run);

        assertEventually(() -> as(staff).get("/api/merchant/products/" + small).then()
                .body("skus[0].priceMinor", equalTo(1640)));
        as(staff).get("/api/merchant/imports/products/" + small + "/price-history").then().statusCode(200)
                .body("", hasSize(1)).body("[0].code", equalTo("TP-42")).body("[0].points", hasSize(2))
                .body("[0].points[0].priceMinor", equalTo(1562)).body("[0].points[1].priceMinor", equalTo(1640))
                .body("[0].points[1].currency", equalTo("EUR"));

        assertEventually(() -> as(staff).get("/api/merchant/imports/price-alerts").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].productId", equalTo(large))
                .body("items[0].oldPriceMinor", equalTo(1573)).body("items[0].newPriceMinor", equalTo(3146)));
        as(staff).get("/api/merchant/products/" + large).then().body("skus[0].priceMinor", equalTo(1573));

        assertEventually(() -> assertEquals(Duration.ofHours(36).toSeconds(), row(quiet).visitIntervalSeconds,
                "a page that did not change is visited less often"));
        assertEquals(Duration.ofHours(12).toSeconds(), row(small).visitIntervalSeconds, "a page that changed is visited more often");
        assertEquals(Duration.ofHours(12).toSeconds(), row(large).visitIntervalSeconds);

        String alert = as(staff).get("/api/merchant/imports/price-alerts").then().extract().path("items[0].id");
        String otherMerchant = staffToken(UUID.randomUUID(), "products", "imports");
        as(otherMerchant).post("/api/merchant/imports/price-alerts/" + alert + "/accept").then().statusCode(403);
        as(otherMerchant).get("/api/merchant/imports/products/" + large + "/price-history").then().statusCode(403);
        as(otherMerchant).get("/api/merchant/imports/price-alerts").then().body("total", equalTo(0));
        as(staff).post("/api/merchant/imports/price-alerts/" + UUID.randomUUID() + "/accept").then().statusCode(404);

        as(staff).post("/api/merchant/imports/price-alerts/" + alert + "/accept").then().statusCode(200)
                .body("resolution", equalTo("accepted"));
        as(staff).get("/api/merchant/products/" + large).then().body("skus[0].priceMinor", equalTo(3146));
        as(staff).post("/api/merchant/imports/price-alerts/" + alert + "/dismiss").then().statusCode(409)
                .body("type", containsString("price-alert-resolved"));
        as(staff).get("/api/merchant/imports/price-alerts").then().body("total", equalTo(0));
    }

    private void makeDue() throws Throwable {
        Instant past = Instant.now().minusSeconds(60);
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> imported.update("nextVisitAt = ?1 where merchantId = ?2", past, merchant)));
    }

    private ImportedProduct row(String productId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> imported.findById(UUID.fromString(productId))));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }
}
