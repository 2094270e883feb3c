package io.bazaar.members.favourite;

import static io.bazaar.members.support.Members.product;
import static io.bazaar.members.support.Members.shopper;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.sql;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.members.support.Members.Product;
import io.bazaar.members.support.Members.Shopper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class FavouriteTest {

    @Test
    void favouritingTwiceKeepsOneEntryWithItsPriceAndAvailability() {
        Shopper me = shopper();
        Product kettle = product(UUID.randomUUID(), "Favourite kettle", 4500, 3);
        as(me.token()).put("/api/me/favourites/products/" + kettle.id()).then().statusCode(200)
                .body("productId", equalTo(kettle.id().toString()))
                .body("merchantId", equalTo(kettle.merchantId().toString()))
                .body("priceMinor", equalTo(4500)).body("notedPriceMinor", equalTo(4500))
                .body("currency", equalTo("CNY")).body("inStock", equalTo(true)).body("available", equalTo(true));
        String first = as(me.token()).put("/api/me/favourites/products/" + kettle.id()).then().statusCode(200)
                .extract().path("favouritedAt");
        as(me.token()).get("/api/me/favourites/products").then().statusCode(200)
                .body("total", equalTo(1)).body("items", hasSize(1))
                .body("items[0].name", equalTo("Favourite kettle")).body("items[0].favouritedAt", equalTo(first));
        as(me.token()).get("/api/me/favourites/counts").then().statusCode(200)
                .body("products", equalTo(1)).body("shops", equalTo(0));
    }

    @Test
    void theListShowsTodaysFactsNewestFirstAndKeepsProductsNoLongerForSale() {
        Shopper me = shopper();
        UUID merchant = UUID.randomUUID();
        Product older = product(merchant, "Older lamp", 1000, 1);
        Product newer = product(merchant, "Newer lamp", 2000, 1);
        as(me.token()).put("/api/me/favourites/products/" + older.id()).then().statusCode(200);
        as(me.token()).put("/api/me/favourites/products/" + newer.id()).then().statusCode(200);
        sql("update products set listed = false where id = $1", Tuple.of(older.id()));
        sql("update skus set stock = 0 where id = $1", Tuple.of(newer.sku()));
        as(me.token()).get("/api/me/favourites/products").then().statusCode(200)
                .body("items.name", contains("Newer lamp", "Older lamp"))
                .body("items[0].inStock", equalTo(false)).body("items[0].available", equalTo(true))
                .body("items[1].available", equalTo(false));
        as(me.token()).queryParam("size", 1).queryParam("page", 1).get("/api/me/favourites/products").then().statusCode(200)
                .body("items.name", contains("Older lamp")).body("total", equalTo(2));
    }

    @Test
    void unknownAndHiddenProductsCannotBeFavourited() {
        Shopper me = shopper();
        Product draft = product(UUID.randomUUID(), "Unreviewed", 100, 1, false);
        as(me.token()).put("/api/me/favourites/products/" + draft.id()).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://bazaar.dev/problems/product-not-found"));
        as(me.token()).put("/api/me/favourites/products/" + UUID.randomUUID()).then().statusCode(404);
        as(me.token()).put("/api/me/favourites/products/not-a-uuid").then().statusCode(404);
        as(me.token()).get("/api/me/favourites/counts").then().body("products", equalTo(0));
    }

    @Test
    void removingIsIdempotentAndTouchesOnlyMyList() {
        Shopper me = shopper();
        Shopper other = shopper();
        Product vase = product(UUID.randomUUID(), "Shared vase", 900, 2);
        as(me.token()).put("/api/me/favourites/products/" + vase.id()).then().statusCode(200);
        as(other.token()).put("/api/me/favourites/products/" + vase.id()).then().statusCode(200);
        as(other.token()).delete("/api/me/favourites/products/" + vase.id()).then().statusCode(204);
        as(other.token()).delete("/api/me/favourites/products/" + vase.id()).then().statusCode(204);
        as(other.token()).get("/api/me/favourites/products").then().body("items", empty());
        as(me.token()).get("/api/me/favourites/products").then().body("items.productId", contains(vase.id().toString()));
    }

    @Test
    void shopsAreFavouritedByMerchantWithTheirNamesAndNewestProducts() {
        Shopper me = shopper();
        UUID merchant = io.bazaar.members.support.Members.merchant("Tea Garden");
        Product tea = product(merchant, "Green tea", 300, 5);
        io.bazaar.orders.support.Shop.sql("update product_stats set rating_count = 2, rating_sum = 7, rating_3 = 1, "
                + "rating_4 = 1 where product_id = $1", io.vertx.mutiny.sqlclient.Tuple.of(tea.id()));
        as(me.token()).put("/api/me/favourites/shops/" + merchant).then().statusCode(200)
                .body("merchantId", equalTo(merchant.toString())).body("name", equalTo("Tea Garden"))
                .body("logoUrl", org.hamcrest.Matchers.nullValue()).body("ratingCount", equalTo(2))
                .body("ratingAverage", equalTo(3.5f)).body("productCount", equalTo(1))
                .body("open", equalTo(true)).body("newestProducts.name", contains("Green tea"));
        as(me.token()).put("/api/me/favourites/shops/" + merchant).then().statusCode(200);
        as(me.token()).get("/api/me/favourites/shops").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].name", equalTo("Tea Garden"))
                .body("items[0].newestProducts[0].productId", equalTo(tea.id().toString()))
                .body("items[0].newestProducts[0].priceMinor", equalTo(300));
        as(me.token()).put("/api/me/favourites/shops/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://bazaar.dev/problems/shop-not-found"));
        as(me.token()).delete("/api/me/favourites/shops/" + merchant).then().statusCode(204);
        as(me.token()).get("/api/me/favourites/counts").then().body("shops", equalTo(0));
    }

    @Test
    void marksTellTilesWhichProductsAndShopsAreFavourites() {
        Shopper me = shopper();
        UUID merchant = UUID.randomUUID();
        Product liked = product(merchant, "Liked", 100, 1);
        Product other = product(UUID.randomUUID(), "Not liked", 100, 1);
        Product hidden = product(merchant, "Hidden", 100, 1, false);
        as(me.token()).put("/api/me/favourites/products/" + liked.id()).then().statusCode(200);
        as(me.token()).put("/api/me/favourites/shops/" + merchant).then().statusCode(200);
        as(me.token()).queryParam("productId", liked.id(), other.id(), hidden.id()).get("/api/me/favourites/marks").then()
                .statusCode(200).body("productId", contains(liked.id().toString(), other.id().toString()))
                .body("favourite", contains(true, false)).body("shopFavourite", contains(true, false))
                .body("[0].merchantId", equalTo(merchant.toString()));
        as(me.token()).get("/api/me/favourites/marks").then().statusCode(400)
                .body("errors[0].message", equalTo("name at least one product"));
    }

    @Test
    void favouritesNeedASignedInShopper() {
        given().get("/api/me/favourites/products").then().statusCode(401).contentType("application/problem+json");
        given().put("/api/me/favourites/products/" + UUID.randomUUID()).then().statusCode(401);
        as(shopper().token()).queryParam("size", 101).get("/api/me/favourites/products").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
