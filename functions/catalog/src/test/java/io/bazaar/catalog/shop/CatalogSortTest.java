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

    private void figures(String productId, long sales, long views) {
        pool.preparedQuery("update product_stats set sales_count = $2, view_count = $3 where product_id = $1")
                .execute(Tuple.of(UUID.fromString(productId), sales, views)).await().indefinitely();
    }
}
