package io.bazaar.catalog.shop;

import static io.bazaar.catalog.shop.Shop.ids;
import static io.bazaar.catalog.shop.Shop.search;
import static io.bazaar.catalog.shop.Shop.shopper;
import static io.bazaar.catalog.shop.Shop.simple;
import static io.bazaar.catalog.shop.Shop.uniqueWord;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.catalog.shop.service.ViewRollup;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.platform.aws.AwsConfig;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ViewCountingTest {

    private final String staff = staffToken(UUID.randomUUID(), "products");

    @Inject
    ViewRollup rollup;
    @Inject
    DynamoDbClient dynamo;
    @Inject
    AwsConfig aws;
    @Inject
    Pool pool;

    @Test
    void viewedProductsRiseInThePopularityOrderAfterTheRollUp() throws InterruptedException {
        String word = uniqueWord();
        String older = listedProduct(staff, simple("Older " + word, 9, 1000, 1));
        String newer = listedProduct(staff, simple("Newer " + word, 9, 1000, 1));
        shopper().get("/api/catalog/products/" + older).then().statusCode(200);
        awaitViews(older, 1);
        assertThat(ids(search("q", word, "sort", "popularity")), contains(older, newer));

        for (int i = 0; i < 3; i++) {
            shopper().get("/api/catalog/products/" + newer).then().statusCode(200);
        }
        awaitViews(newer, 3);
        assertThat(ids(search("q", word, "sort", "popularity")), contains(newer, older));
        assertEquals(3L, dailyViews(newer));
    }

    @Test
    void aRollUpWithNothingPendingChangesNothing() {
        String word = uniqueWord();
        String id = listedProduct(staff, simple("Unseen " + word, 9, 1000, 1));
        rollup.rollUp().await().indefinitely();
        shopper().get("/api/catalog/products/" + id).then().statusCode(200).body("viewCount", equalTo(0));
    }

    /** Views are written after the page is sent, so roll up until they have arrived (a scheduled run may also take them). */
    private void awaitViews(String productId, int views) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            rollup.rollUp().await().indefinitely();
            long counted = pool.preparedQuery("select view_count from product_stats where product_id = $1")
                    .execute(Tuple.of(UUID.fromString(productId))).await().indefinitely().iterator().next().getLong(0);
            if (counted >= views) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("view count of " + productId + " stayed at " + counted + ", expected " + views);
            }
            Thread.sleep(100);
        }
    }

    private long dailyViews(String productId) {
        String key = "views#" + productId + "#" + LocalDate.now(ZoneOffset.UTC);
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(aws.tablePrefix() + "behaviour-counters")
                .key(Map.of("id", AttributeValue.fromS(key))).consistentRead(true)).item();
        return Long.parseLong(item.get("views").n());
    }
}
