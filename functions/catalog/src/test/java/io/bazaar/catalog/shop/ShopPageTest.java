package io.bazaar.catalog.shop;

import static io.bazaar.catalog.shop.Shop.search;
import static io.bazaar.catalog.shop.Shop.shopper;
import static io.bazaar.catalog.shop.Shop.uniqueWord;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.create;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The public shop page: identity's shop card (read through identity-contract; the merchant and its profile are
 * written here as identity stores them), the catalog's visible products and the rating of their reviews.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ShopPageTest {

    @Inject
    Pool pool;

    @Test
    void aShopPageShowsTheProfileTheRatingAndOnlyVisibleProducts() {
        UUID merchant = merchant("Tea House");
        sql("insert into shop_profiles (merchant_id, description, logo_key, service_hours, time_zone) values "
                + "($1, 'Green teas', 'avatars/shops/' || $1 || '/logo', 'MONDAY 09:00-18:00', 'Asia/Shanghai')", merchant);
        String staff = staffToken(merchant, "products");
        String word = uniqueWord();
        String sencha = listedProduct(staff, Shop.simple("Sencha " + word, 10, 1500, 3));
        String matcha = listedProduct(staff, Shop.simple("Matcha " + word, 10, 2500, 3));
        String draft = create(staff, Shop.simple("Draft " + word, 10, 900, 3)).then().statusCode(201).extract().path("id");
        String elsewhere = listedProduct(staffToken(merchant("Other Shop"), "products"), Shop.simple("Other " + word, 10, 100, 1));
        sql("update product_stats set rating_count = 2, rating_sum = 9, rating_4 = 1, rating_5 = 1 where product_id = $1", UUID.fromString(sencha));
        sql("update product_stats set rating_count = 1, rating_sum = 2, rating_2 = 1 where product_id = $1", UUID.fromString(matcha));
        sql("update product_stats set rating_count = 5, rating_sum = 5, rating_1 = 5 where product_id = $1", UUID.fromString(draft));

        shopper().get("/api/catalog/shops/" + merchant).then().statusCode(200)
                .body("merchantId", equalTo(merchant.toString())).body("name", equalTo("Tea House"))
                .body("logoUrl", endsWith("/avatars/shops/" + merchant + "/logo")).body("description", equalTo("Green teas"))
                .body("serviceHours[0].day", equalTo("MONDAY")).body("serviceHours[0].opens", equalTo("09:00"))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("productCount", equalTo(2)).body("ratingCount", equalTo(3)).body("ratingAverage", equalTo(3.67f));

        List<String> ids = Shop.ids(search("shop", merchant, "q", word));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(sencha, matcha), java.util.Set.copyOf(ids));
        search("shop", merchant, "sort", "price_desc").then().body("items[0].id", equalTo(matcha));
        search("q", word).then().body("items.id", hasItem(elsewhere));

        shopper().get("/api/catalog/products/" + sencha).then().statusCode(200)
                .body("merchantId", equalTo(merchant.toString())).body("shopName", equalTo("Tea House"));
    }

    @Test
    void aShopWithoutProfileOrWithNothingForSaleOrUnknownIsHandledAsShoppersSeeIt() {
        UUID bare = merchant("Bare Shop");
        listedProduct(staffToken(bare, "products"), Shop.simple("Bare " + uniqueWord(), 10, 100, 1));
        shopper().get("/api/catalog/shops/" + bare).then().statusCode(200).body("logoUrl", nullValue())
                .body("description", equalTo("")).body("serviceHours", hasSize(0)).body("timeZone", equalTo("UTC"))
                .body("ratingCount", equalTo(0)).body("ratingAverage", nullValue());

        UUID empty = merchant("Empty Shop");
        create(staffToken(empty, "products"), Shop.simple("Unlisted " + uniqueWord(), 10, 100, 1)).then().statusCode(201);
        shopper().get("/api/catalog/shops/" + empty).then().statusCode(404).body("type", containsString("shop-not-found"));
        shopper().get("/api/catalog/shops/" + UUID.randomUUID()).then().statusCode(404);
        shopper().get("/api/catalog/shops/not-a-uuid").then().statusCode(404);
        search("shop", "not-a-uuid").then().statusCode(400).body("errors.field", hasItem("shop"));
        search("shop", empty).then().statusCode(200).body("items", hasSize(0));
    }

    private UUID merchant(String name) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery("insert into merchants (id, name) values ($1, $2)").execute(Tuple.of(id, name)).await().indefinitely();
        return id;
    }

    private void sql(String sql, UUID id) {
        pool.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely();
    }
}
