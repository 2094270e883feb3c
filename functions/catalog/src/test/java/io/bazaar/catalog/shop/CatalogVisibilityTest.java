package io.bazaar.catalog.shop;

import static io.bazaar.catalog.shop.Shop.ids;
import static io.bazaar.catalog.shop.Shop.search;
import static io.bazaar.catalog.shop.Shop.shopper;
import static io.bazaar.catalog.shop.Shop.simple;
import static io.bazaar.catalog.shop.Shop.uniqueWord;
import static io.bazaar.catalog.support.CatalogApi.adminToken;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.create;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CatalogVisibilityTest {

    private final String staff = staffToken(UUID.randomUUID(), "products");

    @Test
    void onlyApprovedListedProductsAreSeenBySearchOrPage() {
        String word = uniqueWord();
        String draft = created("Draft " + word);
        String pending = created("Pending " + word);
        submit(pending);
        String rejected = created("Rejected " + word);
        submit(rejected);
        as(adminToken()).body(Map.of("reason", "Blurry")).post("/api/admin/products/" + rejected + "/reject").then().statusCode(200);
        String unlisted = created("Unlisted " + word);
        submit(unlisted);
        as(adminToken()).post("/api/admin/products/" + unlisted + "/approve").then().statusCode(200);
        String delisted = listedProduct(staff, simple("Delisted " + word, 9, 1000, 1));
        as(staff).post("/api/merchant/products/" + delisted + "/delist").then().statusCode(200);
        String visible = listedProduct(staff, simple("Visible " + word, 9, 1000, 1));

        assertThat(ids(search("q", word)), contains(visible));
        for (String hidden : List.of(draft, pending, rejected, unlisted, delisted)) {
            shopper().get("/api/catalog/products/" + hidden).then().statusCode(404)
                    .contentType("application/problem+json").body("type", containsString("product-not-found"));
        }
        shopper().get("/api/catalog/products/" + visible).then().statusCode(200);
    }

    @Test
    void anApprovedProductEditedBackIntoReviewDisappearsUntilApprovedAgain() {
        String word = uniqueWord();
        String id = listedProduct(staff, simple("Edited " + word, 9, 1000, 1));
        as(staff).body(simple("Edited again " + word, 9, 1000, 1)).put("/api/merchant/products/" + id).then().statusCode(200);
        assertThat(ids(search("q", word)), empty());
        shopper().get("/api/catalog/products/" + id).then().statusCode(404);
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        shopper().get("/api/catalog/products/" + UUID.randomUUID()).then().statusCode(404);
        shopper().get("/api/catalog/products/not-a-uuid").then().statusCode(404);
    }

    private String created(String name) {
        return create(staff, simple(name, 9, 1000, 1)).then().statusCode(201).extract().path("id");
    }

    private void submit(String id) {
        as(staff).post("/api/merchant/products/" + id + "/submit").then().statusCode(200);
    }
}
