package io.bazaar.catalog.merchant;

import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.create;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A merchant may give a SKU a member price below its price; shoppers see it on the product page. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class MemberPricesTest {

    private final String staff = staffToken(UUID.randomUUID(), "products");

    @Test
    @SuppressWarnings("unchecked")
    void aMemberPriceIsSavedShownAndKeptBelowThePrice() {
        Map<String, Object> draft = tshirt("Member Tee");
        ((List<Map<String, Object>>) draft.get("skus")).get(0).put("memberPriceMinor", 1500);
        String id = listedProduct(staff, draft);
        as(staff).get("/api/merchant/products/" + id).then().statusCode(200)
                .body("skus[0].memberPriceMinor", equalTo(1500)).body("skus[1].memberPriceMinor", nullValue());
        given().get("/api/catalog/products/" + id).then().statusCode(200)
                .body("skus.find { it.priceMinor == 1999 }.memberPriceMinor", equalTo(1500))
                .body("skus.find { it.priceMinor == 2099 }.memberPriceMinor", nullValue());
        // the list price may not fall to the member price
        String skuId = as(staff).get("/api/merchant/products/" + id).path("skus[0].id");
        as(staff).body(Map.of("priceMinor", 1500)).patch("/api/merchant/products/" + id + "/skus/" + skuId).then()
                .statusCode(400).body("errors.field", hasItem("priceMinor"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberPriceAtOrAboveThePriceIsRefused() {
        Map<String, Object> draft = tshirt("Dear Member Tee");
        ((List<Map<String, Object>>) draft.get("skus")).get(1).put("memberPriceMinor", 2099);
        create(staff, draft).then().statusCode(400).body("errors.field", hasItem("skus[1].memberPriceMinor"));
        ((List<Map<String, Object>>) draft.get("skus")).get(1).remove("memberPriceMinor");
        ((List<Map<String, Object>>) draft.get("skus")).get(2).put("memberPriceMinor", 0);
        create(staff, draft).then().statusCode(400).body("errors.field", hasItem("skus[2].memberPriceMinor"));
    }
}
