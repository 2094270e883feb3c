package io.bazaar.cart.rest;

import static io.bazaar.cart.support.CartApi.add;
import static io.bazaar.cart.support.CartApi.as;
import static io.bazaar.cart.support.CartApi.change;
import static io.bazaar.cart.support.CartApi.customerToken;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.cart.support.CatalogRows;
import io.bazaar.cart.support.CatalogRows.Product;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CartLinesTest {

    @Test
    void anAddedSkuIsShownWithItsProductPriceAndTotals() {
        String token = customerToken();
        Product tee = CatalogRows.onSale(1999, 10);
        add(as(token), tee.sku(), 2).then().statusCode(200).header("Cache-Control", "no-store")
                .body("lines", hasSize(1))
                .body("lines[0].skuId", equalTo(tee.sku().toString()))
                .body("lines[0].productId", equalTo(tee.id().toString()))
                .body("lines[0].productName", equalTo("Tee " + tee.id()))
                .body("lines[0].slug", equalTo("tee-" + tee.id()))
                .body("lines[0].attributes.size", equalTo("S0"))
                .body("lines[0].quantity", equalTo(2))
                .body("lines[0].selected", equalTo(true))
                .body("lines[0].unitPriceMinor", equalTo(1999))
                .body("lines[0].addedPriceMinor", equalTo(1999))
                .body("lines[0].priceChanged", equalTo(false))
                .body("lines[0].currency", equalTo("CNY"))
                .body("lines[0].available", equalTo(true))
                .body("lines[0].stock", equalTo(10))
                .body("lines[0].lineTotalMinor", equalTo(3998))
                .body("totals", hasSize(1))
                .body("totals[0].currency", equalTo("CNY"))
                .body("totals[0].itemsMinor", equalTo(3998))
                .body("totals[0].count", equalTo(2))
                .body("updatedAt", notNullValue());
        as(token).get("/api/cart").then().statusCode(200).body("lines[0].quantity", equalTo(2));
    }

    @Test
    void anEmptyCartHasNoLinesNoTotalsAndNoUpdateTime() {
        as(customerToken()).get("/api/cart").then().statusCode(200)
                .body("lines", empty()).body("totals", empty()).body("updatedAt", nullValue());
    }

    @Test
    void addingTheSameSkuAgainSumsIntoOneLine() {
        String token = customerToken();
        Product tee = CatalogRows.onSale(500, 10);
        add(as(token), tee.sku(), 2).then().statusCode(200);
        add(as(token), tee.sku(), 3).then().statusCode(200)
                .body("lines", hasSize(1)).body("lines[0].quantity", equalTo(5)).body("totals[0].itemsMinor", equalTo(2500));
    }

    @Test
    void aLineHoldsAtMostTheConfiguredMaximum() {
        String token = customerToken();
        Product tee = CatalogRows.onSale(100, 500);
        add(as(token), tee.sku(), 100).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("quantity")).body("errors[0].message", equalTo("must be at most 99"));
        add(as(token), tee.sku(), 60).then().statusCode(200);
        add(as(token), tee.sku(), 40).then().statusCode(409).body("type", endsWith("/line-quantity-limit"));
        add(as(token), tee.sku(), 39).then().statusCode(200).body("lines[0].quantity", equalTo(99));
        change(as(token), tee.sku(), Map.of("quantity", 100)).then().statusCode(400).body("errors[0].field", equalTo("quantity"));
    }

    @Test
    void noLineHoldsMoreThanTheStock() {
        String token = customerToken();
        Product tee = CatalogRows.onSale(100, 5);
        add(as(token), tee.sku(), 6).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/insufficient-stock"));
        add(as(token), tee.sku(), 3).then().statusCode(200);
        add(as(token), tee.sku(), 3).then().statusCode(409).body("type", endsWith("/insufficient-stock"));
        change(as(token), tee.sku(), Map.of("quantity", 6)).then().statusCode(409).body("type", endsWith("/insufficient-stock"));
        change(as(token), tee.sku(), Map.of("quantity", 5)).then().statusCode(200).body("lines[0].quantity", equalTo(5));
    }

    @Test
    void onlySkusOfApprovedListedProductsCanBeAdded() {
        String token = customerToken();
        add(as(token), UUID.randomUUID(), 1).then().statusCode(404).body("type", endsWith("/sku-not-found"));
        Product unlisted = CatalogRows.product("APPROVED", false, "CNY", 1, 100, 5);
        add(as(token), unlisted.sku(), 1).then().statusCode(422).body("type", endsWith("/not-on-sale"));
        Product pending = CatalogRows.product("PENDING_REVIEW", true, "CNY", 1, 100, 5);
        add(as(token), pending.sku(), 1).then().statusCode(422).body("type", endsWith("/not-on-sale"));
        as(token).get("/api/cart").then().body("lines", empty());
    }

    @Test
    void aPriceChangeAfterAddingIsFlaggedAndTheCurrentPriceCounts() {
        String token = customerToken();
        Product tee = CatalogRows.onSale(1000, 10);
        add(as(token), tee.sku(), 2).then().statusCode(200);
        CatalogRows.setPrice(tee.sku(), 1200);
        as(token).get("/api/cart").then().statusCode(200)
                .body("lines[0].priceChanged", equalTo(true))
                .body("lines[0].unitPriceMinor", equalTo(1200))
                .body("lines[0].addedPriceMinor", equalTo(1000))
                .body("lines[0].lineTotalMinor", equalTo(2400))
                .body("totals[0].itemsMinor", equalTo(2400));
    }

    @Test
    void linesThatCannotBeBoughtNowAreShownButNotTotalled() {
        String token = customerToken();
        Product low = CatalogRows.onSale(100, 5);
        Product gone = CatalogRows.onSale(300, 5);
        Product fine = CatalogRows.onSale(1000, 5);
        add(as(token), low.sku(), 3).then().statusCode(200);
        add(as(token), gone.sku(), 1).then().statusCode(200);
        add(as(token), fine.sku(), 1).then().statusCode(200);
        CatalogRows.setStock(low.sku(), 2);
        CatalogRows.unlist(gone.id());
        as(token).get("/api/cart").then().statusCode(200)
                .body("lines", hasSize(3))
                .body("lines.find { it.skuId == '" + low.sku() + "' }.available", equalTo(false))
                .body("lines.find { it.skuId == '" + low.sku() + "' }.stock", equalTo(2))
                .body("lines.find { it.skuId == '" + gone.sku() + "' }.available", equalTo(false))
                .body("lines.find { it.skuId == '" + fine.sku() + "' }.available", equalTo(true))
                .body("totals[0].itemsMinor", equalTo(1000)).body("totals[0].count", equalTo(1));
    }

    @Test
    void selectionDecidesWhatTheTotalsCountPerCurrency() {
        String token = customerToken();
        Product yuan = CatalogRows.onSale("CNY", 1, 1000, 10);
        Product euro = CatalogRows.onSale("EUR", 1, 250, 10);
        Product yuanToo = CatalogRows.onSale("CNY", 1, 100, 10);
        add(as(token), yuan.sku(), 1).then().statusCode(200);
        add(as(token), euro.sku(), 2).then().statusCode(200);
        add(as(token), yuanToo.sku(), 3).then().statusCode(200)
                .body("totals", hasSize(2))
                .body("totals.find { it.currency == 'CNY' }.itemsMinor", equalTo(1300))
                .body("totals.find { it.currency == 'CNY' }.count", equalTo(4))
                .body("totals.find { it.currency == 'EUR' }.itemsMinor", equalTo(500));

        change(as(token), yuan.sku(), Map.of("selected", false)).then().statusCode(200)
                .body("lines.find { it.skuId == '" + yuan.sku() + "' }.selected", equalTo(false))
                .body("totals.find { it.currency == 'CNY' }.itemsMinor", equalTo(300));
        as(token).body(Map.of("selected", false)).post("/api/cart/selection").then().statusCode(200)
                .body("lines.selected", equalTo(java.util.List.of(false, false, false))).body("totals", empty());
        as(token).body(Map.of("selected", true)).post("/api/cart/selection").then().statusCode(200)
                .body("totals", hasSize(2)).body("totals.find { it.currency == 'CNY' }.itemsMinor", equalTo(1300));
        change(as(token), euro.sku(), Map.of("quantity", 1, "selected", false)).then().statusCode(200)
                .body("lines.find { it.skuId == '" + euro.sku() + "' }.quantity", equalTo(1))
                .body("totals", hasSize(1));
    }

    @Test
    void linesAreRemovedOneByOneOrAllAtOnce() {
        String token = customerToken();
        Product a = CatalogRows.onSale(100, 5);
        Product b = CatalogRows.onSale(200, 5);
        add(as(token), a.sku(), 1).then().statusCode(200);
        add(as(token), b.sku(), 1).then().statusCode(200);
        as(token).delete("/api/cart/lines/" + a.sku()).then().statusCode(200)
                .body("lines", hasSize(1)).body("lines[0].skuId", equalTo(b.sku().toString()));
        as(token).delete("/api/cart/lines/" + a.sku()).then().statusCode(404).body("type", endsWith("/line-not-found"));
        change(as(token), a.sku(), Map.of("selected", true)).then().statusCode(404);
        as(token).delete("/api/cart").then().statusCode(204);
        as(token).get("/api/cart").then().statusCode(200).body("lines", empty()).body("updatedAt", nullValue());
        as(token).delete("/api/cart").then().statusCode(204);
    }

    @Test
    void aCartHoldsAtMostAHundredLines() {
        String token = customerToken();
        Product many = CatalogRows.onSale("CNY", 101, 100, 5);
        for (int i = 0; i < 100; i++) {
            add(as(token), many.skus().get(i), 1).then().statusCode(200);
        }
        add(as(token), many.skus().get(100), 1).then().statusCode(409).body("type", endsWith("/cart-full"));
        add(as(token), many.skus().get(0), 1).then().statusCode(200).body("lines", hasSize(100));
    }

    @Test
    void badInputIsRefusedWithFieldErrors() {
        String token = customerToken();
        Product tee = CatalogRows.onSale(100, 5);
        String sku = tee.sku().toString();
        as(token).body(Map.of("quantity", 1)).post("/api/cart/lines").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("skuId"));
        as(token).body(Map.of("skuId", sku)).post("/api/cart/lines").then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        as(token).body(Map.of("skuId", sku, "quantity", 0)).post("/api/cart/lines").then().statusCode(400)
                .body("errors[0].field", equalTo("quantity")).body("errors[0].message", equalTo("must be at least 1"));
        as(token).body(Map.of("skuId", sku, "quantity", -3)).post("/api/cart/lines").then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        as(token).body(Map.of("skuId", sku, "quantity", "two")).post("/api/cart/lines").then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        as(token).body(Map.of("skuId", "not-a-uuid", "quantity", 1)).post("/api/cart/lines").then().statusCode(400)
                .body("errors[0].field", equalTo("skuId"));
        as(token).body(Map.of("skuId", sku, "quantity", 1, "priceMinor", 1)).post("/api/cart/lines").then().statusCode(400)
                .body("errors[0].field", equalTo("priceMinor"));
        as(token).post("/api/cart/lines").then().statusCode(400).contentType("application/problem+json");
        as(token).body("{").post("/api/cart/lines").then().statusCode(400).body("type", endsWith("/malformed-body"));

        add(as(token), tee.sku(), 1).then().statusCode(200);
        change(as(token), tee.sku(), Map.of("quantity", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"))
                .body("errors[0].message", startsWith("must be at least 1; remove a line with DELETE"));
        change(as(token), tee.sku(), Map.of()).then().statusCode(400).body("errors.field", equalTo(java.util.List.of("quantity", "selected")));
        change(as(token), tee.sku(), Map.of("selected", "maybe")).then().statusCode(400).body("errors[0].field", equalTo("selected"));
        as(token).body(Map.of("selected", true)).patch("/api/cart/lines/nope").then().statusCode(400)
                .body("errors[0].field", equalTo("skuId"));
        as(token).delete("/api/cart/lines/nope").then().statusCode(400).body("errors[0].field", equalTo("skuId"));
        as(token).body(Map.of()).post("/api/cart/selection").then().statusCode(400).body("errors[0].field", equalTo("selected"));
        as(token).get("/api/cart").then().body("lines[0].quantity", equalTo(1)).body("lines[0].selected", equalTo(true));
    }
}
