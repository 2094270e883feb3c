package io.bazaar.catalog.imports;

import static io.bazaar.catalog.imports.ImportsApi.awaitFinished;
import static io.bazaar.catalog.imports.ImportsApi.options;
import static io.bazaar.catalog.imports.ImportsApi.productIdOf;
import static io.bazaar.catalog.imports.ImportsApi.start;
import static io.bazaar.catalog.imports.ImportsApi.withKey;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ImportJobTest {

    static final int PRODUCTS = 300;
    private static TestShop shop;

    private final UUID merchant = UUID.randomUUID();
    private final String staff = staffToken(merchant, "products", "imports");

    @BeforeAll
    static void openShop() {
        shop = new TestShop(PRODUCTS);
    }

    @AfterAll
    static void closeShop() {
        shop.close();
    }

    @Test
    void aShopIsImportedFromItsStartUrlAndAReRunOnlyUpdatesWhatChanged() {
        String job = start(staff, Map.of("startUrl", shop.base() + "/", "options", options()));
        JsonPath done = awaitFinished(staff, job);
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals(PRODUCTS + 2, done.getInt("counts.discovered"), "the sitemap's page under /private/ is not crawled");
        assertEquals(PRODUCTS, done.getInt("counts.imported"));
        assertEquals(2, done.getInt("counts.failed"));
        assertTrue(done.getList("problems", String.class).stream().anyMatch(p -> p.contains("robots.txt")),
                "the page robots.txt disallows is named among the job's problems: " + done.getList("problems"));

        as(staff).queryParam("outcome", "failed").get("/api/merchant/imports/" + job + "/items").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.reason", hasItem(containsString("404")))
                .body("items.reason", hasItem(equalTo("no product found on the page")));
        as(staff).queryParam("size", 100).get("/api/merchant/products").then().statusCode(200).body("total", equalTo(PRODUCTS));

        String plain = productIdOf(staff, job, shop.productUrl(1));
        as(staff).get("/api/merchant/products/" + plain).then().statusCode(200)
                .body("name", equalTo("Test Product 1")).body("status", equalTo("draft")).body("currency", equalTo("EUR"))
                .body("categoryId", equalTo(3)).body("skus", hasSize(1)).body("skus[0].code", equalTo("TP-1"))
                .body("skus[0].priceMinor", equalTo(1010 * 110 / 100)).body("skus[0].stock", equalTo(7))
                .body("description", equalTo("<p>A fine product number 1.</p>"));
        String grouped = productIdOf(staff, job, shop.productUrl(10));
        as(staff).get("/api/merchant/products/" + grouped).then().statusCode(200)
                .body("categoryId", equalTo(6)).body("attributes[0].name", equalTo("color"))
                .body("skus", hasSize(2)).body("skus.find { it.attributes.color == 'Blue' }.stock", equalTo(0));
        as(staff).get("/api/merchant/products/" + plain + "/images").then().statusCode(200)
                .body("", hasSize(1)).body("[0].width", equalTo(2));

        shop.setPrice(3, "19.00");
        shop.setName(4, "Test Product 4 (new edition)");
        String again = start(staff, Map.of("startUrl", shop.base() + "/", "options", options()));
        JsonPath rerun = awaitFinished(staff, again);
        assertEquals(0, rerun.getInt("counts.imported"));
        assertEquals(2, rerun.getInt("counts.updated"));
        assertEquals(PRODUCTS - 2, rerun.getInt("counts.unchanged"));
        as(staff).queryParam("outcome", "updated").get("/api/merchant/imports/" + again + "/items").then().statusCode(200)
                .body("items.url", hasItem(shop.productUrl(4)));
        as(staff).queryParam("size", 100).get("/api/merchant/products").then().body("total", equalTo(PRODUCTS));
        as(staff).get("/api/merchant/products/" + productIdOf(staff, again, shop.productUrl(3))).then()
                .body("skus[0].priceMinor", equalTo(1900 * 110 / 100));
        assertEquals(1, shop.fullResponses("/p/7"), "an unchanged page is answered with 304 the second time");

        as(staff).get("/api/merchant/imports").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].id", equalTo(again)).body("items[1].id", equalTo(job));
    }

    @Test
    void aListOfPagesImportsEachOnceAndRecordsWhyOthersFailed() {
        String job = start(staff, Map.of("urls", List.of(shop.productUrl(20), shop.productUrl(21), shop.productUrl(20) + "#reviews",
                "http://169.254.169.254/latest/meta-data/", shop.base() + "/about"), "options", options()));
        JsonPath done = awaitFinished(staff, job);
        assertEquals(4, done.getInt("counts.discovered"), "the second URL of product 20 is the same page");
        assertEquals(2, done.getInt("counts.imported"));
        assertEquals(2, done.getInt("counts.failed"));
        as(staff).get("/api/merchant/imports/" + job + "/items").then().statusCode(200)
                .body("items", hasSize(4)).body("items[2].outcome", equalTo("FAILED"))
                .body("items[2].reason", containsString("refused"));
    }

    @Test
    void aPagePricedZeroIsReportedAsTheItemsProblemAndNoProductIsCreated() {
        try (TestShop giveaways = new TestShop(3)) {
            giveaways.setPrice(1, "0.00");
            giveaways.setPrice(2, "0");
            String job = start(staff, Map.of("urls", List.of(giveaways.productUrl(1), giveaways.productUrl(2), giveaways.productUrl(0)),
                    "options", options()));
            JsonPath done = awaitFinished(staff, job);
            assertEquals("COMPLETED", done.getString("status"));
            assertEquals(1, done.getInt("counts.imported"), "the product group at /p/0 keeps its price");
            assertEquals(2, done.getInt("counts.failed"));
            as(staff).queryParam("outcome", "failed").get("/api/merchant/imports/" + job + "/items").then().statusCode(200)
                    .body("items", hasSize(2)).body("items.reason", everyItem(containsString("price of 0")));
            as(staff).queryParam("size", 100).get("/api/merchant/products").then().statusCode(200).body("total", equalTo(1))
                    .body("items[0].skus.priceMinor", everyItem(greaterThan(0)));
        }
    }

    @Test
    void badRequestsAreRefusedAndNothingIsQueued() {
        String url = "/api/merchant/imports";
        withKey(staff).body(Map.of("options", options())).post(url).then().statusCode(400)
                .body("errors.field", hasItem("startUrl"));
        withKey(staff).body(Map.of("startUrl", shop.base(), "sitemapUrl", shop.base() + "/sitemap.xml", "options", options()))
                .post(url).then().statusCode(400).body("errors.field", hasItem("startUrl"));
        withKey(staff).body(Map.of("startUrl", "ftp://example.com/", "options", options())).post(url).then().statusCode(400)
                .body("errors.field", hasItem("startUrl"));
        withKey(staff).body(Map.of("urls", List.of("not a url"), "options", options())).post(url).then().statusCode(400)
                .body("errors.field", hasItem("urls[0]"));
        withKey(staff).body(Map.of("startUrl", shop.base())).post(url).then().statusCode(400)
                .body("errors.field", hasItem("options"));
        Map<String, Object> unknownCategory = options();
        unknownCategory.put("defaultCategoryId", 99_999);
        unknownCategory.put("categoryMapping", Map.of("Audio", 88_888));
        withKey(staff).body(Map.of("startUrl", shop.base(), "options", unknownCategory)).post(url).then().statusCode(400)
                .body("errors.field", hasItem("options.defaultCategoryId"))
                .body("errors.field", hasItem("options.categoryMapping.Audio"));
        Map<String, Object> tooMany = options();
        tooMany.put("maxProducts", 1_000_000);
        withKey(staff).body(Map.of("startUrl", shop.base(), "options", tooMany)).post(url).then().statusCode(400)
                .body("errors.field", hasItem("options.maxProducts"));
        Map<String, Object> giveaway = options();
        giveaway.put("markupPercent", -95);
        giveaway.put("stockWhenInStock", -1);
        withKey(staff).body(Map.of("startUrl", shop.base(), "options", giveaway)).post(url).then().statusCode(400)
                .body("errors.field", hasItem("options.markupPercent"))
                .body("errors.field", hasItem("options.stockWhenInStock"));
        withKey(staff).body("{\"startUrl\": ").post(url).then().statusCode(400);
        as(staff).queryParam("outcome", "great").get(url + "/" + UUID.randomUUID() + "/items").then().statusCode(400);
        as(staff).get(url).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRetriedStartWithTheSameKeyGetsTheSameJobAndStartsNothingNew() {
        Map<String, Object> request = Map.of("urls", List.of(shop.productUrl(50)), "options", options());
        String key = "retry-" + UUID.randomUUID();
        String job = as(staff).header("Idempotency-Key", key).body(request).post("/api/merchant/imports").then().statusCode(202)
                .header("Idempotent-Replayed", "false").extract().path("id");
        as(staff).header("Idempotency-Key", key).body(request).post("/api/merchant/imports").then().statusCode(202)
                .header("Idempotent-Replayed", "true").header("Location", "/api/merchant/imports/" + job).body("id", equalTo(job));
        as(staff).header("Idempotency-Key", key).body(Map.of("urls", List.of(shop.productUrl(51)), "options", options()))
                .post("/api/merchant/imports").then().statusCode(422).body("type", containsString("idempotency-key-reused"));
        as(staff).body(request).post("/api/merchant/imports").then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        awaitFinished(staff, job);
        as(staff).get("/api/merchant/imports").then().body("total", equalTo(1));
    }

    @Test
    void onlyTheMerchantsStaffWithTheImportsPermissionReachTheirJobs() {
        String job = start(staff, Map.of("urls", List.of(shop.productUrl(30)), "options", options()));
        awaitFinished(staff, job);
        String otherMerchant = staffToken(UUID.randomUUID(), "products", "imports");
        as(otherMerchant).get("/api/merchant/imports/" + job).then().statusCode(403)
                .body("type", containsString("not-your-import"));
        as(otherMerchant).get("/api/merchant/imports/" + job + "/items").then().statusCode(403);
        as(otherMerchant).get("/api/merchant/imports").then().statusCode(200).body("total", equalTo(0));
        as(staffToken(merchant, "orders")).get("/api/merchant/imports/" + job).then().statusCode(403)
                .body("type", containsString("missing-permission"));
        withKey(staffToken(merchant, "orders")).body(Map.of("startUrl", shop.base(), "options", options()))
                .post("/api/merchant/imports").then().statusCode(403);
        as(staffToken(merchant, "products")).get("/api/merchant/imports/" + job).then().statusCode(403)
                .body("type", containsString("missing-permission"));
        given().get("/api/merchant/imports/" + job).then().statusCode(401);
        as(staff).get("/api/merchant/imports/" + UUID.randomUUID()).then().statusCode(404);
    }
}
