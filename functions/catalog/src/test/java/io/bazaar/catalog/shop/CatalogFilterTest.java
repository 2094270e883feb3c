package io.bazaar.catalog.shop;

import static io.bazaar.catalog.shop.Shop.ids;
import static io.bazaar.catalog.shop.Shop.search;
import static io.bazaar.catalog.shop.Shop.simple;
import static io.bazaar.catalog.shop.Shop.term;
import static io.bazaar.catalog.shop.Shop.uniqueWord;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.sku;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CatalogFilterTest {

    private final String staff = staffToken(UUID.randomUUID(), "products");

    @Test
    void aCategoryIncludesItsSubcategories() {
        String word = uniqueWord();
        String headphones = listedProduct(staff, simple("Headset " + word, 3, 9900, 1));
        String phone = listedProduct(staff, simple("Phone " + word, 4, 99900, 1));
        String tee = listedProduct(staff, simple("Tee " + word, 6, 1900, 1));
        assertThat(ids(search("q", word, "category", 1)), containsInAnyOrder(headphones, phone));
        assertThat(ids(search("q", word, "category", 2)), containsInAnyOrder(headphones));
        assertThat(ids(search("q", word, "category", 5)), containsInAnyOrder(tee));
        assertThat(ids(search("q", word, "category", 99999)), empty());
    }

    @Test
    void tagsNarrowAndBrandsWiden() {
        String word = uniqueWord();
        int summer = term(staff, "tags", "summer " + word);
        int sale = term(staff, "tags", "sale " + word);
        int acme = term(staff, "brands", "Acme " + word);
        int zenith = term(staff, "brands", "Zenith " + word);
        String both = listedProduct(staff, with(simple("Both " + word, 6, 1000, 1), acme, summer, sale));
        String summerOnly = listedProduct(staff, with(simple("Summer " + word, 6, 1000, 1), zenith, summer));
        String plain = listedProduct(staff, simple("Plain " + word, 6, 1000, 1));
        assertThat(ids(search("q", word, "tag", summer)), containsInAnyOrder(both, summerOnly));
        assertThat(ids(shopperSearch(word).queryParam("tag", summer).queryParam("tag", sale).get("/api/catalog/products")),
                containsInAnyOrder(both));
        assertThat(ids(search("q", word, "brand", acme)), containsInAnyOrder(both));
        assertThat(ids(shopperSearch(word).queryParam("brand", acme).queryParam("brand", zenith).get("/api/catalog/products")),
                containsInAnyOrder(both, summerOnly));
        assertThat(ids(search("q", word)), containsInAnyOrder(both, summerOnly, plain));
    }

    @Test
    void priceRangeIsInclusiveOnTheLowestPrice() {
        String word = uniqueWord();
        String cheap = listedProduct(staff, simple("Cheap " + word, 9, 1000, 1));
        String middle = listedProduct(staff, simple("Middle " + word, 9, 2000, 1));
        String dear = listedProduct(staff, simple("Dear " + word, 9, 3000, 1));
        assertThat(ids(search("q", word, "priceMin", 2000)), containsInAnyOrder(middle, dear));
        assertThat(ids(search("q", word, "priceMax", 2000)), containsInAnyOrder(cheap, middle));
        assertThat(ids(search("q", word, "priceMin", 1500, "priceMax", 2500)), containsInAnyOrder(middle));
    }

    @Test
    void inStockLeavesOutSoldOutProducts() {
        String word = uniqueWord();
        String stocked = listedProduct(staff, simple("Stocked " + word, 9, 1000, 2));
        String soldOut = listedProduct(staff, simple("Sold out " + word, 9, 1000, 0));
        assertThat(ids(search("q", word, "inStock", "true")), containsInAnyOrder(stocked));
        assertThat(ids(search("q", word, "inStock", "false")), containsInAnyOrder(stocked, soldOut));
        search("q", word).then().body("items.find { it.id == '" + soldOut + "' }.inStock", equalTo(false));
    }

    @Test
    void attributeValuesMustAllHoldForOneSku() {
        String word = uniqueWord();
        String full = listedProduct(staff, tshirt("Full tee " + word));
        Map<String, Object> partial = tshirt("Partial tee " + word);
        partial.put("skus", List.of(sku(Map.of("colour", "red", "size", "S"), 1999, 1),
                sku(Map.of("colour", "blue", "size", "M"), 1999, 1)));
        String redSmallBlueMedium = listedProduct(staff, partial);
        assertThat(ids(shopperSearch(word).queryParam("attr", "colour:red").queryParam("attr", "size:M")
                .get("/api/catalog/products")), containsInAnyOrder(full));
        assertThat(ids(search("q", word, "attr", "colour:blue")), containsInAnyOrder(full, redSmallBlueMedium));
        assertThat(ids(search("q", word, "attr", "colour:green")), empty());
    }

    @Test
    void currencyFilterKeepsOneCurrency() {
        String word = uniqueWord();
        String yuan = listedProduct(staff, simple("Yuan " + word, 9, 1000, 1));
        Map<String, Object> dollars = simple("Dollar " + word, 9, 1000, 1);
        dollars.put("currency", "USD");
        String dollar = listedProduct(staff, dollars);
        assertThat(ids(search("q", word, "currency", "USD")), containsInAnyOrder(dollar));
        assertThat(ids(search("q", word, "currency", "CNY")), containsInAnyOrder(yuan));
    }

    @Test
    void facetsCountTheWholeFilteredSetNotThePage() {
        String word = uniqueWord();
        int acme = term(staff, "brands", "Acme " + word);
        int zenith = term(staff, "brands", "Zenith " + word);
        int summer = term(staff, "tags", "summer " + word);
        listedProduct(staff, with(simple("One " + word, 9, 1000, 1), acme, summer));
        listedProduct(staff, with(simple("Two " + word, 9, 1500, 1), acme, summer));
        listedProduct(staff, with(simple("Three " + word, 9, 2500, 1), zenith));
        listedProduct(staff, simple("Four " + word, 9, 4900, 0));
        search("q", word, "size", 1).then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(4))
                .body("facets.brands", hasSize(2))
                .body("facets.brands[0].id", equalTo(acme)).body("facets.brands[0].count", equalTo(2))
                .body("facets.brands[0].name", equalTo("Acme " + word))
                .body("facets.brands[1].id", equalTo(zenith)).body("facets.brands[1].count", equalTo(1))
                .body("facets.tags", hasSize(1)).body("facets.tags[0].id", equalTo(summer))
                .body("facets.tags[0].count", equalTo(2))
                .body("facets.priceBuckets.fromMinor", equalTo(List.of(1000, 2000, 4000)))
                .body("facets.priceBuckets.toMinor", equalTo(List.of(2000, 3000, 5000)))
                .body("facets.priceBuckets.count", equalTo(List.of(2, 1, 1)));
        search("q", word, "inStock", "true").then().body("total", equalTo(3))
                .body("facets.brands.count", equalTo(List.of(2, 1)))
                .body("facets.priceBuckets.fromMinor", equalTo(List.of(1000, 1500, 2500)))
                .body("facets.priceBuckets.count", equalTo(List.of(1, 1, 1)));
    }

    private static RequestSpecification shopperSearch(String word) {
        return Shop.shopper().queryParam("q", word);
    }

    private static Map<String, Object> with(Map<String, Object> draft, int brand, int... tags) {
        draft.put("brandId", brand);
        draft.put("tagIds", Arrays.stream(tags).boxed().toList());
        return draft;
    }
}
