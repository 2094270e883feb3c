package io.bazaar.catalog.shop;

import static io.bazaar.catalog.shop.Shop.search;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CatalogBadInputTest {

    @Test
    void aPageLargerThanTheLimitIsRefused() {
        rejected("size", search("size", 101));
        rejected("page", search("page", -1));
    }

    @Test
    void anUnknownSortIsRefused() {
        rejected("sort", search("sort", "cheapest"));
    }

    @Test
    void malformedAttributeFiltersAreRefused() {
        rejected("attr", search("attr", "colour"));
        rejected("attr", search("attr", ":red"));
        rejected("attr", search("attr", "colour:"));
        rejected("attr", Shop.shopper().queryParam("attr", "colour:red").queryParam("attr", "colour:blue").get("/api/catalog/products"));
    }

    @Test
    void badPricesAreRefused() {
        rejected("priceMin", search("priceMin", 500, "priceMax", 100));
        rejected("priceMin", search("priceMin", -1));
        rejected("priceMax", search("priceMax", -5));
        rejected("priceMax", search("priceMax", "ten"));
    }

    @Test
    void nonNumericIdsAreRefused() {
        rejected("category", search("category", "shoes"));
        rejected("tag", search("tag", "1x"));
        rejected("brand", search("brand", "acme"));
        rejected("brand", search("brand", 0));
    }

    @Test
    void badCurrenciesAndFlagsAreRefused() {
        rejected("currency", search("currency", "usd"));
        rejected("currency", search("currency", "XYZ"));
        rejected("inStock", search("inStock", "yes"));
        rejected("q", search("q", "x".repeat(201)));
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        search("sort", "nope", "priceMin", "-1", "currency", "EURO").then().statusCode(400)
                .body("errors.field", hasItem("sort")).body("errors.field", hasItem("priceMin"))
                .body("errors.field", hasItem("currency"));
    }

    private static void rejected(String field, io.restassured.response.Response response) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://bazaar.dev/problems/validation"))
                .body("errors.field", hasItem(field));
    }
}
