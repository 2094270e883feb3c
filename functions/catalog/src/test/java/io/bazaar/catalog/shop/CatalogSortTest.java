package io.bazaar.catalog.shop;

import static io.bazaar.catalog.shop.Shop.ids;
import static io.bazaar.catalog.shop.Shop.search;
import static io.bazaar.catalog.shop.Shop.simple;
import static io.bazaar.catalog.shop.Shop.uniqueWord;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.catalog.contract.ProductCounters;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CatalogSortTest {

    private final String staff = staffToken(UUID.randomUUID(), "products");

    @Inject
    Pool pool;
    @Inject
    ProductCounters counters;

    @Test
    void everySortOrderOrdersByItsFigure() {
        String word = uniqueWord();
        String first = listedProduct(staff, simple("First " + word, 9, 3000, 1));
        String second = listedProduct(staff, simple("Second " + word, 9, 1000, 1));
        String third = listedProduct(staff, simple("Third " + word, 9, 2000, 1));
        // sales and views come from orders and the view roll-up; set them directly for the ordering alone
        figures(first, 5, 10);
        figures(second, 50, 1);
        figures(third, 20, 100);
        assertThat(ids(search("q", word, "sort", "newest")), contains(third, second, first));
        assertThat(ids(search("q", word, "sort", "sales")), contains(second, third, first));
        assertThat(ids(search("q", word, "sort", "popularity")), contains(third, first, second));
        assertThat(ids(search("q", word, "sort", "price_asc")), contains(second, third, first));
        assertThat(ids(search("q", word, "sort", "PRICE_DESC")), contains(first, third, second));
        assertThat(ids(search("q", word, "sort", "relevance")), containsInAnyOrder(first, second, third));
        search("q", word, "sort", "sales").then().body("items[0].salesCount", equalTo(50));
    }

    @Test
    void withoutTextTheNewestComeFirst() {
        String word = uniqueWord();
        listedProduct(staff, simple("Older " + word, 9, 3000, 1));
        String newest = listedProduct(staff, simple("Newest " + word, 9, 3000, 1));
        assertEquals(newest, ids(search("size", 1)).get(0));
        assertEquals(newest, ids(search("sort", "relevance", "size", 1)).get(0));
    }

    @Test
    void pagesNeitherRepeatNorSkipProductsWithEqualSortKeys() {
        String word = uniqueWord();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(listedProduct(staff, simple("Same " + word, 9, 1000, 1)));
        }
        for (String sort : List.of("relevance", "sales", "popularity", "price_asc", "price_desc", "newest")) {
            List<String> seen = new ArrayList<>();
            for (int page = 0; page < 4; page++) {
                seen.addAll(ids(search("q", word, "sort", sort, "page", page, "size", 2)));
            }
            assertEquals(7, seen.size(), sort);
            assertEquals(new HashSet<>(created), new HashSet<>(seen), sort);
        }
        search("q", word, "page", 1, "size", 2).then().body("page", equalTo(1)).body("size", equalTo(2))
                .body("total", equalTo(7));
    }

    @Test
    void ratingSortsByAverageThenCountAndMinRatingFilters() {
        String word = uniqueWord();
        String fourAndHalf = listedProduct(staff, simple("Loved " + word, 9, 1000, 1));
        String fourOfMany = listedProduct(staff, simple("Liked by many " + word, 9, 1000, 1));
        String fourOfOne = listedProduct(staff, simple("Liked once " + word, 9, 1000, 1));
        String two = listedProduct(staff, simple("Disliked " + word, 9, 1000, 1));
        String unrated = listedProduct(staff, simple("Unrated " + word, 9, 1000, 1));
        rate(fourAndHalf, 5, 4);
        rate(fourOfMany, 4, 4, 4);
        rate(fourOfOne, 4);
        rate(two, 2);
        assertThat(ids(search("q", word, "sort", "rating")), contains(fourAndHalf, fourOfMany, fourOfOne, two, unrated));
        search("q", word, "sort", "rating").then().body("items[0].ratingCount", equalTo(2))
                .body("items[0].ratingAverage", equalTo(4.5f));
        assertThat(ids(search("q", word, "minRating", 4)), containsInAnyOrder(fourAndHalf, fourOfMany, fourOfOne));
        search("q", word, "minRating", 5).then().body("total", equalTo(0));
        search("q", word, "minRating", 4).then().body("total", equalTo(3));
        search("minRating", 0).then().statusCode(400).body("errors[0].field", equalTo("minRating"));
        search("minRating", "four").then().statusCode(400).body("errors[0].field", equalTo("minRating"));
    }

    /** Ratings as the reviews area gives them: through the catalog contract's increments. */
    private void rate(String productId, int... stars) {
        for (int star : stars) {
            counters.addRating(pool, UUID.fromString(productId), star, false).await().indefinitely();
        }
    }

    private void figures(String productId, long sales, long views) {
        pool.preparedQuery("update product_stats set sales_count = $2, view_count = $3 where product_id = $1")
                .execute(Tuple.of(UUID.fromString(productId), sales, views)).await().indefinitely();
    }
}
